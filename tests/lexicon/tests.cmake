# SPDX-License-Identifier: MIT
# Lexicon: the data files' own checks, and the loader, matcher and
# morphology of src/lexicon/.
include(${CMAKE_CURRENT_LIST_DIR}/data_check.cmake)
kabar_unit_test(test_lexicon ${CMAKE_CURRENT_LIST_DIR}/test_lexicon.c)
