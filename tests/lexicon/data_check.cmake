# SPDX-License-Identifier: MIT
# Lexicon data: formats, unique keys, state codes, alias conflicts, and
# that data/lexicon/states.tsv is what tools/gen_states.py generates.
add_test(NAME lexicon_data_check COMMAND ${KABAR_PYTHON} ${PROJECT_SOURCE_DIR}/tools/check_lexicon.py ${PROJECT_SOURCE_DIR}/data/lexicon)
