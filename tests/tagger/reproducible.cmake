# SPDX-License-Identifier: MIT
# Retrains the tagger from the shipped data and word lists with the
# trainer's default settings and compares the result with the shipped model
# byte for byte.
# cmake -DTRAINER=... -DCONLL=... -DSHIPPED=... -DOUT=... -DLEXICON=... -DDICT=... -DCLASSES=...
#       -P reproducible.cmake
execute_process(COMMAND ${TRAINER} train ${CONLL} ${OUT} --lexicon ${LEXICON} --dict ${DICT}
                        --classes ${CLASSES}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "kabar-train-tagger train failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SHIPPED} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${SHIPPED} is not what the trainer writes (${OUT}); if the change is "
                      "meant (the trainer, the training data, the word classes, the lexicons "
                      "or hunspell-id), "
                      "retrain it: kabar-train-tagger train ${CONLL} ${SHIPPED} --lexicon "
                      "${LEXICON} --dict ${DICT} --classes ${CLASSES}")
endif()
