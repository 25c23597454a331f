/* SPDX-License-Identifier: MIT */
/* Names of the enumerations in kabar/schema.h, as the spec writes them. */
#include "kabar/schema.h"

#include <string.h>

static const char *const entity_type_names[KABAR_ENT__COUNT] = {
    "State", "Person", "Organization", "Agreement", "Place", "Event"};

static const char *const relation_names[KABAR_REL__COUNT] = {
    "leaderOf",    "officialOf",   "affiliatedWith",      "memberOf",      "visited",
    "metWith",     "congratulated", "supports",           "criticized",    "accused",
    "recognized",  "partyTo",      "violated",            "opposes",       "sanctioned",
    "suppliedArmsTo", "deployedTroopsTo", "militaryCooperation", "providedAidTo", "exportsTo",
    "tradesWith",  "alliedWith",   "attacked",            "annexed",       "foughtAgainst"};

static const char *const status_names[KABAR_FS__COUNT] = {"asserted", "alleged", "denied",
                                                           "planned", "negated"};

static int parse(const char *const *names, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strcmp(names[i], name) == 0)
      return i;
  return -1;
}

const char *kabar_entity_type_name(kabar_entity_type t) {
  return (unsigned)t < KABAR_ENT__COUNT ? entity_type_names[t] : "?";
}

int kabar_entity_type_parse(const char *name, kabar_entity_type *out) {
  int i = parse(entity_type_names, KABAR_ENT__COUNT, name);
  if (i < 0)
    return -1;
  *out = (kabar_entity_type)i;
  return 0;
}

const char *kabar_relation_name(kabar_relation r) {
  return (unsigned)r < KABAR_REL__COUNT ? relation_names[r] : "?";
}

int kabar_relation_parse(const char *name, kabar_relation *out) {
  int i = parse(relation_names, KABAR_REL__COUNT, name);
  if (i < 0)
    return -1;
  *out = (kabar_relation)i;
  return 0;
}

int kabar_relation_is_symmetric(kabar_relation r) {
  return r == KABAR_REL_MET_WITH || r == KABAR_REL_MILITARY_COOPERATION ||
         r == KABAR_REL_TRADES_WITH || r == KABAR_REL_ALLIED_WITH ||
         r == KABAR_REL_FOUGHT_AGAINST;
}

const char *kabar_fact_status_name(kabar_fact_status s) {
  return (unsigned)s < KABAR_FS__COUNT ? status_names[s] : "?";
}

int kabar_fact_status_parse(const char *name, kabar_fact_status *out) {
  int i = parse(status_names, KABAR_FS__COUNT, name);
  if (i < 0)
    return -1;
  *out = (kabar_fact_status)i;
  return 0;
}
