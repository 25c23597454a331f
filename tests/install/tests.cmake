# SPDX-License-Identifier: MIT
# cmake --install into a temporary prefix, then the installed kabar run
# from elsewhere on its installed data, and a program built against the
# installed library through pkg-config (tests/install/check_install.py).
# Sanitizer builds compile that program with the same sanitizers, which
# the instrumented library needs.
set(KABAR_INSTALL_CFLAGS)
if(KABAR_SANITIZE OR KABAR_FUZZ)
  set(KABAR_INSTALL_CFLAGS -fsanitize=address,undefined -fno-omit-frame-pointer)
endif()
add_test(NAME install_tree
         COMMAND ${KABAR_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/check_install.py ${CMAKE_COMMAND}
                 ${PROJECT_BINARY_DIR} ${KABAR_BIN} ${PROJECT_SOURCE_DIR} ${CMAKE_INSTALL_LIBDIR}
                 ${CMAKE_C_COMPILER} ${KABAR_INSTALL_CFLAGS})
