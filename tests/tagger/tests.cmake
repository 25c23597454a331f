# SPDX-License-Identifier: MIT
# The named-entity tagger (src/tagger/): the library's unit test; that the
# shipped model is exactly what the trainer writes from the shipped data
# with the shipped settings; and the model's exact-span F1 on NERGRIT's
# test split, with a floor a little under today's figure (2026-12-07, the
# structured perceptron tagged by Viterbi: 0.718; greedy, with the word
# classes of data/ner/clusters.tsv: 0.685; 2026-12-06: 0.642; 4-fold cross-validation over train and test, epoch 18: 0.628 with
# the features of the first model, 0.649 with prefixes and suffixes of four
# letters, the word with each neighbour and the three words' shapes). The shipped model reads no word lists (--lexicon none --dict
# none): with them the tagger alone scores 0.651, but kabar's names with it
# did not improve (entity F1 on the real texts 0.906 -> 0.903, NERGrit 0.615
# -> 0.613), and a model that reads the lexicons must be retrained whenever
# a lexicon changes.
kabar_unit_test(test_tagger ${CMAKE_CURRENT_LIST_DIR}/test_tagger.c)
target_compile_definitions(test_tagger PRIVATE KABAR_HUNSPELL_DIR="${KABAR_HUNSPELL_DIR}")

add_test(NAME tagger_model_reproducible
         COMMAND ${CMAKE_COMMAND} -DTRAINER=$<TARGET_FILE:kabar-train-tagger>
                 -DCONLL=${KABAR_TEST_DATA}/ner/nergrit-train.txt
                 -DSHIPPED=${KABAR_TEST_DATA}/ner/tagger.model
                 -DOUT=${CMAKE_CURRENT_BINARY_DIR}/tagger.model
                 -DLEXICON=none -DDICT=none
                 -DCLASSES=${KABAR_TEST_DATA}/ner/clusters.tsv
                 -P ${CMAKE_CURRENT_LIST_DIR}/reproducible.cmake)

add_test(NAME tagger_eval_nergrit
         COMMAND $<TARGET_FILE:kabar-train-tagger> eval ${KABAR_TEST_DATA}/ner/tagger.model
                 ${PROJECT_SOURCE_DIR}/tests/quality/ner/nergrit-test.txt --min-f1 0.70
                 --lexicon none --dict none)
