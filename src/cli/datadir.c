/* SPDX-License-Identifier: MIT */
/* Where kabar's data directory is: the option, the environment, the
 * directory installed beside the binary, or the source tree built in. */
#include "commands.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Enough for any path Linux can report for /proc/self/exe (PATH_MAX). */
#define EXE_PATH_MAX 4096

/* The installed layout: PREFIX/bin/kabar reads PREFIX/share/kabar. */
static const char installed_suffix[] = "/share/kabar";

/* PREFIX/share/kabar for the running binary PREFIX/bin/kabar, when that is
 * a directory; else NULL. /proc/self/exe is the binary with every link
 * resolved, so a symbolic link to an installed kabar still finds its data,
 * and the path has no "." or ".." to undo. Not cached: each command asks
 * once. */
static const char *installed_data_dir(void) {
  static char path[EXE_PATH_MAX + sizeof installed_suffix];
  ssize_t n = readlink("/proc/self/exe", path, EXE_PATH_MAX);
  if (n <= 0 || n >= EXE_PATH_MAX) /* no /proc, or a path too long to trust */
    return NULL;
  path[n] = '\0';
  /* Drop the file name, then the directory that holds it (bin/). */
  for (int drop = 0; drop < 2; drop++) {
    char *slash = strrchr(path, '/');
    if (!slash)
      return NULL;
    *slash = '\0';
  }
  strcat(path, installed_suffix);
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
    return NULL;
  return path;
}

const char *kabar_cli_data_dir(const char *option) {
  if (option)
    return option;
  const char *env = getenv("KABAR_DATA");
  if (env && *env)
    return env;
  const char *installed = installed_data_dir();
  if (installed)
    return installed;
  return KABAR_DATA_DIR;
}
