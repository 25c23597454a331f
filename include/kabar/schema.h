/* SPDX-License-Identifier: MIT */
/* The schema of kabar's knowledge graph (spec/EXTRACTION.md): the entity
 * types, the relations between entities and the status of a fact mention,
 * with their names as written in every output. The store (kabar/kb.h), the
 * extractor and the writers all speak it; it depends on nothing. */
#ifndef KABAR_SCHEMA_H
#define KABAR_SCHEMA_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kabar_entity_type {
  KABAR_ENT_STATE = 0,
  KABAR_ENT_PERSON,
  KABAR_ENT_ORGANIZATION,
  KABAR_ENT_AGREEMENT,
  KABAR_ENT_PLACE,
  KABAR_ENT_EVENT,
  KABAR_ENT__COUNT
} kabar_entity_type;

/* "State", "Person", "Organization", "Agreement", "Place", "Event". */
const char *kabar_entity_type_name(kabar_entity_type t);
/* Parses the name above; returns 0 and sets *out, or -1. */
int kabar_entity_type_parse(const char *name, kabar_entity_type *out);

/* The 25 relations of spec/EXTRACTION.md, in its order. */
typedef enum kabar_relation {
  KABAR_REL_LEADER_OF = 0,
  KABAR_REL_OFFICIAL_OF,
  KABAR_REL_AFFILIATED_WITH,
  KABAR_REL_MEMBER_OF,
  KABAR_REL_VISITED,
  KABAR_REL_MET_WITH,
  KABAR_REL_CONGRATULATED,
  KABAR_REL_SUPPORTS,
  KABAR_REL_CRITICIZED,
  KABAR_REL_ACCUSED,
  KABAR_REL_RECOGNIZED,
  KABAR_REL_PARTY_TO,
  KABAR_REL_VIOLATED,
  KABAR_REL_OPPOSES,
  KABAR_REL_SANCTIONED,
  KABAR_REL_SUPPLIED_ARMS_TO,
  KABAR_REL_DEPLOYED_TROOPS_TO,
  KABAR_REL_MILITARY_COOPERATION,
  KABAR_REL_PROVIDED_AID_TO,
  KABAR_REL_EXPORTS_TO,
  KABAR_REL_TRADES_WITH,
  KABAR_REL_ALLIED_WITH,
  KABAR_REL_ATTACKED,
  KABAR_REL_ANNEXED,
  KABAR_REL_FOUGHT_AGAINST,
  KABAR_REL__COUNT
} kabar_relation;

const char *kabar_relation_name(kabar_relation r);      /* "leaderOf" */
int kabar_relation_parse(const char *name, kabar_relation *out); /* 0 or -1 */
int kabar_relation_is_symmetric(kabar_relation r);      /* metWith, ... */

typedef enum kabar_fact_status {
  KABAR_FS_ASSERTED = 0,
  KABAR_FS_ALLEGED,
  KABAR_FS_DENIED,
  KABAR_FS_PLANNED,
  KABAR_FS_NEGATED,
  KABAR_FS__COUNT
} kabar_fact_status;

const char *kabar_fact_status_name(kabar_fact_status s); /* "asserted" */
int kabar_fact_status_parse(const char *name, kabar_fact_status *out);

#ifdef __cplusplus
}
#endif

#endif
