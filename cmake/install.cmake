# SPDX-License-Identifier: MIT
# cmake --install: the command, its data, the man page, the ontology, and
# the library with its headers and pkg-config file. The installed kabar
# finds PREFIX/share/kabar from its own path (src/cli/datadir.c), so the
# data directory must stay at DATADIR/kabar relative to BINDIR/.. .
include(GNUInstallDirs)

install(TARGETS kabar RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS kabarlib ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/kabar/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/kabar
        FILES_MATCHING PATTERN "*.h")
# Everything kabar reads at run time, with the data's own licence notes.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/data/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kabar)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/ontology/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kabar/ontology)
install(FILES ${PROJECT_SOURCE_DIR}/docs/kabar.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/docs/EXTRACTION.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# libkabar.pc: its paths relative to the .pc file's own directory
# (${pcfiledir}) when the install directories are relative, as they are
# unless given absolute.
set(KABAR_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(IS_ABSOLUTE "${KABAR_PC_DIR}")
  set(KABAR_PC_PREFIX ${CMAKE_INSTALL_PREFIX})
  set(KABAR_PC_LIBDIR ${CMAKE_INSTALL_FULL_LIBDIR})
else()
  file(RELATIVE_PATH to_prefix /${KABAR_PC_DIR} /)
  string(REGEX REPLACE "/$" "" to_prefix "${to_prefix}")
  set(KABAR_PC_PREFIX "\${pcfiledir}/${to_prefix}")
  set(KABAR_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
foreach(dir INCLUDEDIR DATADIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(KABAR_PC_${dir} ${CMAKE_INSTALL_FULL_${dir}})
  else()
    set(KABAR_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
set(KABAR_PC_DATADIR "${KABAR_PC_DATADIR}/kabar")
# metrics.c calls OpenMP (src/CMakeLists.txt): GCC's runtime
set(KABAR_PC_OPENMP "")
if(OpenMP_C_FOUND)
  set(KABAR_PC_OPENMP "-lgomp")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/libkabar.pc.in ${PROJECT_BINARY_DIR}/libkabar.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/libkabar.pc DESTINATION ${KABAR_PC_DIR})
