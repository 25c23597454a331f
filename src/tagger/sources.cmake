# SPDX-License-Identifier: MIT
list(APPEND KABAR_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/lists.c
  ${CMAKE_CURRENT_LIST_DIR}/tagger.c
  ${CMAKE_CURRENT_LIST_DIR}/train.c)

# The trainer and scorer of tagger models (data/ner/tagger.model).
add_executable(kabar-train-tagger ${CMAKE_CURRENT_LIST_DIR}/train_main.c)
target_include_directories(kabar-train-tagger PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(kabar-train-tagger PRIVATE kabarlib)
# The default word lists: the source tree's lexicons and hunspell-id.
target_compile_definitions(kabar-train-tagger PRIVATE KABAR_DATA_DIR="${PROJECT_SOURCE_DIR}/data"
                           KABAR_HUNSPELL_DIR="${KABAR_HUNSPELL_DIR}")
set_target_properties(kabar-train-tagger PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
kabar_warnings(kabar-train-tagger)

# Word classes for the tagger's features (data/ner/clusters.tsv) from
# unlabelled text; data/ner/make-clusters.sh says from which.
add_executable(kabar-word-clusters ${CMAKE_CURRENT_LIST_DIR}/clusters_main.c)
target_link_libraries(kabar-word-clusters PRIVATE m)
set_target_properties(kabar-word-clusters PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR})
kabar_warnings(kabar-word-clusters)
