list(APPEND KABAR_CLI_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/main.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_export.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_extract.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_merge.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_sentences.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_metrics.c
  ${CMAKE_CURRENT_LIST_DIR}/cmd_analyze.c
  ${CMAKE_CURRENT_LIST_DIR}/datadir.c
  ${CMAKE_CURRENT_LIST_DIR}/outdir.c
  ${CMAKE_CURRENT_LIST_DIR}/outputs.c
  ${CMAKE_CURRENT_LIST_DIR}/report.c
  ${CMAKE_CURRENT_LIST_DIR}/args.c
  ${CMAKE_CURRENT_LIST_DIR}/skipped.c)
