# Quality on the dev gold (issue 3): export the five bundled articles and
# score them with the project's copy of the scorer and gold.
add_test(NAME quality_export
         COMMAND ${KABAR_BIN} export -q --rdf none -o ${CMAKE_CURRENT_BINARY_DIR}/quality_out
                 ${PROJECT_SOURCE_DIR}/data/corpus)
set_tests_properties(quality_export PROPERTIES FIXTURES_SETUP quality_out)
add_test(NAME quality_dev_gold
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_quality.py
                 ${CMAKE_CURRENT_LIST_DIR}/gold/dev ${CMAKE_CURRENT_BINARY_DIR}/quality_out)
set_tests_properties(quality_dev_gold PROPERTIES FIXTURES_REQUIRED quality_out)

# A set of texts with gold: export SET/INPUT_DIR, then score it against
# SET/gold with the floors given (ctest tests quality_SET_export and
# quality_SET_floor).
# kabar_quality_set(SET INPUT_DIR MIN_ENTITY_F1 MIN_FACT_F1 [MIN_FACT_PRECISION])
function(kabar_quality_set set input_dir min_entity_f1 min_fact_f1)
  set(precision_floor)
  if(ARGC GREATER 4)
    set(precision_floor --min-fact-precision ${ARGV4})
  endif()
  add_test(NAME quality_${set}_export
           COMMAND ${KABAR_BIN} export -q --rdf none -o ${CMAKE_CURRENT_BINARY_DIR}/${set}_out
                   ${CMAKE_CURRENT_LIST_DIR}/${set}/${input_dir})
  set_tests_properties(quality_${set}_export PROPERTIES FIXTURES_SETUP ${set}_out)
  add_test(NAME quality_${set}_floor
           COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/score.py
                   --min-entity-f1 ${min_entity_f1} --min-fact-f1 ${min_fact_f1} ${precision_floor}
                   ${CMAKE_CURRENT_LIST_DIR}/${set}/gold ${CMAKE_CURRENT_BINARY_DIR}/${set}_out)
  set_tests_properties(quality_${set}_floor PROPERTIES FIXTURES_REQUIRED ${set}_out)
endfunction()

# The headline: real texts nobody on the team wrote (Indonesian Wikipedia,
# VOA Indonesia, Indonesian government pages; real/SOURCES.md), gold
# finished before kabar first ran on each. Floors a little under today's
# figures, with fact precision above issue 9's 0.90. Twelfth session
# (2026-12-07): 32 more blind texts (1001-1008, 1051-1058, 1101-1108,
# 1151-1158, 1201-1203, 1251-1258; first runs 0.78, 0.65, 0.34, 0.63, 0.76,
# 0.62 fact F1) made the set harder: over all 210, entity F1 0.932, fact P
# 0.944, F1 0.809 (the 167 of before: 0.830 at the session's start), so the
# floors moved from 0.93 / 0.82 / 0.94 to 0.925 / 0.79 / 0.93.
# unseen/ holds real texts whose gold was also written blind but which the
# developers do not read or tune on: it shows whether a change carries. Two
# of its 16 texts came back into real/ as blind texts of the twelfth session
# (1001 and 1008, the same Wikipedia pages) and were read there; they left
# unseen/ (quality_sets_disjoint now checks). Over the 14 left: entity F1
# 0.902, fact P 0.872, F1 0.701 (0.678 with the session's starting binary).
# Thirteenth session: 30 more blind texts (1302-1308, 1351-1356, 1358,
# 1401-1408, 1451-1458; first runs 0.46, 0.74, 0.57, 0.64): over all 240,
# entity F1 0.933, fact P 0.949, F1 0.822; the fact floor moves to 0.80.
# unseen/ unchanged at 0.701.
# Fourteenth session: 64 more blind texts (1501-1505, 1551-1558, 1601-1608,
# 1651-1657, 1701-1708, 1801-1808, 1851-1858, 1901-1906, 1951-1956; first
# runs 0.72, 0.58, 0.59, 0.70, 0.64, 0.73, 0.70): over all 304, entity F1
# 0.929, fact P 0.946, F1 0.807 (0.787 with the session's starting binary);
# the precision floor moves to 0.94. unseen/ facts 0.701, entities 0.905.
# Fifteenth session: 64 more blind texts (2001-2008, 2051-2058, 2101-2108,
# 2151-2158, 2201-2208, 2251-2258, 2301-2308, 2351-2358; first runs 0.62,
# 0.73, 0.72, 0.66, 0.71, 0.55, and 0.69 for the last two, kept for the end;
# shorter and harder VOA texts): over all 368, entity F1 0.925, fact P 0.939,
# F1 0.799 (0.923 / 0.933 / 0.784 with the session's starting binary); the
# floors move to 0.92 / 0.79 / 0.93.
# Sixteenth session: 51 more blind texts (2501-2858; first run 0.696 over
# them): over all 419, entity F1 0.923, fact P 0.937, F1 0.797 (0.921 /
# 0.931 / 0.788 with the session's starting binary); the floors stay.
# Seventeenth session: 10 more blind texts (2901-2905, 2951-2955; first run
# 0.608 over them, 0.483 and 0.680 per batch, unchanged by the session's rules
# written before they came): over all 429, entity F1 0.924, fact P 0.941, F1
# 0.800 (0.923 / 0.936 / 0.795 with the session's starting binary); the
# precision floor moves to 0.935.
# Eighteenth session: 17 more blind texts in three batches (3001-3005, 3051,
# 3054; 3006-3009, 3056; 3011, 3012, 3014, 3015, 3061; first runs 0.677,
# 0.800, 0.806, each the same with the session's starting binary): over all
# 446, entity F1 0.926, fact P 0.942, F1 0.806 (0.924 / 0.940 / 0.799 with the
# session's starting binary); the floors move to 0.92 / 0.80 / 0.94.
# Nineteenth session: 15 more blind texts in five batches (3016-3019;
# 3063-3065; 3066-3067; 3020-3021; 3022-3025; first runs 0.640, 0.636, 0.500,
# 0.780, 0.485, each the same with the session's starting binary): over all
# 461, entity F1 0.931, fact P 0.944, F1 0.806 (0.925 / 0.941 / 0.802 with the
# session's starting binary). Issue 10's entity target for real/ (0.93) is
# met and is the entity floor from now on.
kabar_quality_set(real texts 0.93 0.80 0.94)
kabar_quality_set(unseen texts 0.89 0.68 0.85)

# The synthetic held-out sets (written without looking at the extractor; see their
# READMEs): not thresholds of an issue but floors a little under today's
# figures, so that a rule tuned to one set cannot quietly break the others.
kabar_quality_set(heldout corpus 0.92 0.85)
kabar_quality_set(heldout2 corpus 0.92 0.85)
kabar_quality_set(heldout3 corpus 0.94 0.79)
kabar_quality_set(heldout4 corpus 0.92 0.82)
kabar_quality_set(heldout5 corpus 0.90 0.80)

# Name recognition on public Indonesian NER data (issue 10): kabar's
# mentions.tsv scored with exact-span F1 against the NERGrit test split
# (tests/quality/ner/, Apache-2.0, NOTICE.md). Floors a little under today's
# figures (2026-12-07, eleventh session: the structured-perceptron tagger,
# weak person and place types replaced by the tagger's organization:
# PERSON 0.701, ORGANIZATION 0.428, LOCATION 0.670, all 0.640; before, with
# the tagger's word classes: 0.679, 0.404, 0.680, 0.635; before them 0.661,
# 0.408, 0.661, 0.620). Twelfth session (changes chosen on held-out blocks of
# the training split with tools/ner_heldout.py, where LOCATION rose from
# 0.637 to 0.644): LOCATION on this split's 357 places moved from 0.666 to
# 0.658, three spans, so its floor is 0.65. Seventeenth session: enlisted and
# police ranks and "Pak"/"Bu" before names, schools by kind, number and town:
# PERSON 0.721, ORGANIZATION 0.477, LOCATION 0.680, all 0.656; the floors
# move to 0.71 / 0.46 / 0.67 / 0.645. Nineteenth session: English bodies'
# names ending "of" a place: ORGANIZATION 0.483, all 0.659; its floor 0.47.
add_test(NAME quality_ner_nergrit
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/ner_eval.py ${KABAR_BIN}
                 ${CMAKE_CURRENT_LIST_DIR}/ner/nergrit-test.txt --min-f1 PERSON=0.71
                 --min-f1 ORGANIZATION=0.47 --min-f1 LOCATION=0.67 --min-f1 ALL=0.645)


# No text of real/ may repeat one of unseen/ (scored, never read) or of the
# synthetic sets: two of the twelfth session's blind texts did, unnoticed.
add_test(NAME quality_sets_disjoint
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/disjoint_sets.py ${CMAKE_CURRENT_LIST_DIR})
