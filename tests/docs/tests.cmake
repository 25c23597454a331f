# SPDX-License-Identifier: MIT
# The documentation against the project: relative links resolve, the
# README's sample session is what kabar prints, the man page covers every
# command, option, output file and exit code the help texts give.
add_test(NAME docs_links COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_links.py
                                 ${PROJECT_SOURCE_DIR})
add_test(NAME docs_links_self_test
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_links.py --self-test)
add_test(NAME docs_readme_sample
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/readme_sample.py
                 ${PROJECT_SOURCE_DIR}/README.md ${KABAR_BIN} ${KABAR_TEST_DATA})
add_test(NAME docs_manpage COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_manpage.py
                                   ${KABAR_BIN} ${PROJECT_SOURCE_DIR}/docs/kabar.1)
