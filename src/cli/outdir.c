/* SPDX-License-Identifier: MIT */
/* The export's output directory: lock, staging, whole swap, signals.
 * See outdir.h for the contract. */
#define _GNU_SOURCE /* renameat2 and RENAME_EXCHANGE (glibc >= 2.28) */
#include "outdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const kabar_cli_output_names[] = {
    "entities.tsv", "facts.tsv", "facts.jsonl", "mentions.tsv", "kb.ttl",    "kb.nt",     "kb.nq",        "kb.rdf",
    "graph.graphml", "graph.gexf",   "nodes.csv", "edges.csv", "metrics.json", "skipped.tsv", NULL};

struct kabar_cli_outdir {
  char *target;  /* OUT, with a symbolic link resolved */
  char *parent;  /* the directory that holds OUT */
  char *base;    /* OUT's last component */
  char *staging; /* PARENT/BASE.tmp-XXXXXX, NULL once committed or removed */
  char *lock_path;
  int lock_fd;
};

/* ---- the signal thread ---------------------------------------------------
 * Signals are blocked in every thread and taken by one thread with
 * sigwait(), so the clean-up runs as ordinary code (opendir is not
 * async-signal-safe) and never while the main thread is in the middle of
 * the swap: both hold od_guard. */

static pthread_mutex_t od_guard = PTHREAD_MUTEX_INITIALIZER;
static kabar_cli_outdir *od_active; /* what a signal must clean up */
static int od_thread_started;

static void remove_flat_dir(const char *dir);

static void *signal_thread(void *arg) {
  sigset_t *set = arg;
  int sig = 0;
  if (sigwait(set, &sig) != 0)
    return NULL;
  pthread_mutex_lock(&od_guard);
  kabar_cli_outdir *od = od_active;
  if (od) {
    /* The writer threads of --jobs may still be making files in the
     * staging directory: moved first to a name they do not know (still
     * BASE.tmp-XXXXXX, with a character mkdtemp never uses), it gains no
     * new entries while it is emptied. */
    char moved[4096];
    int n = od->staging ? snprintf(moved, sizeof moved, "%s", od->staging) : -1;
    if (n > 0 && (size_t)n < sizeof moved) {
      moved[n - 1] = '_';
      if (rename(od->staging, moved) == 0)
        remove_flat_dir(moved);
    }
    if (od->staging)
      remove_flat_dir(od->staging); /* (when the move failed: as before) */
    if (od->lock_path)
      unlink(od->lock_path);
  }
  /* Die of the signal itself, so that the shell sees 130 or 143. */
  signal(sig, SIG_DFL);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, sig);
  pthread_sigmask(SIG_UNBLOCK, &one, NULL);
  raise(sig);
  _exit(128 + sig); /* not reached */
}

static kabar_status start_signal_thread(kabar_error *err) {
  static sigset_t set; /* read by the thread for the life of the process */
  if (od_thread_started)
    return KABAR_OK;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  int rc = pthread_sigmask(SIG_BLOCK, &set, NULL);
  pthread_t tid;
  if (rc == 0)
    rc = pthread_create(&tid, NULL, signal_thread, &set);
  if (rc != 0)
    return kabar_error_set(err, KABAR_ERR_DEPENDENCY, "cannot start the signal thread: %s",
                           strerror(rc));
  pthread_detach(tid);
  od_thread_started = 1;
  return KABAR_OK;
}

/* ---- paths ---------------------------------------------------------------- */

/* A file-system call that failed for want of memory is out of memory
 * (exit 4), not an output that cannot be written (exit 3). */
static kabar_status fs_status(int e) { return e == ENOMEM ? KABAR_ERR_NOMEM : KABAR_ERR_WRITE; }

static char *join(const char *dir, const char *name) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  if (p)
    snprintf(p, n, "%s/%s", dir, name);
  return p;
}

static int is_output_name(const char *name) {
  for (const char *const *n = kabar_cli_output_names; *n; n++)
    if (!strcmp(*n, name))
      return 1;
  return 0;
}

/* "BASE.tmp-XXXXXX" or "BASE.old-XXXXXX" for this BASE: a staging or
 * set-aside directory of some run. */
static int is_run_dir(const char *name, const char *base, const char *kind) {
  size_t nb = strlen(base), nk = strlen(kind);
  return !strncmp(name, base, nb) && !strncmp(name + nb, kind, nk) && strlen(name + nb + nk) == 6;
}

/* Removes a directory that holds only regular files (a staging directory,
 * or an old output directory after the swap). Entries of another kind are
 * never followed or removed. */
static void remove_flat_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d))) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
        continue;
      char *p = join(dir, e->d_name);
      struct stat sb;
      if (p && lstat(p, &sb) == 0 && S_ISREG(sb.st_mode))
        unlink(p);
      free(p);
    }
    closedir(d);
  }
  rmdir(dir);
}

/* Splits OUT into its parent and last component, following a symbolic
 * link at OUT itself so that the swap replaces the directory it names,
 * not the link. */
static kabar_status split_target(kabar_cli_outdir *od, const char *path, kabar_error *err) {
  struct stat sb;
  char *resolved = NULL;
  if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode)) {
    if (!(resolved = realpath(path, NULL)))
      return kabar_error_set(err, fs_status(errno), "%s: %s", path, strerror(errno));
    path = resolved;
  }
  size_t len = strlen(path);
  while (len > 1 && path[len - 1] == '/')
    len--;
  char *t = malloc(len + 1);
  if (!t) {
    free(resolved);
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  }
  memcpy(t, path, len);
  t[len] = '\0';
  free(resolved);
  od->target = t;
  char *slash = strrchr(t, '/');
  const char *base = slash ? slash + 1 : t;
  if ((!strcmp(base, ".") || !strcmp(base, "..")) && (resolved = realpath(t, NULL))) {
    /* "." or "out/.." names a directory by where it is: by its name instead */
    free(t);
    od->target = NULL;
    kabar_status st = split_target(od, resolved, err);
    free(resolved);
    return st;
  }
  if (!*base || !strcmp(base, ".") || !strcmp(base, ".."))
    return kabar_error_set(err, KABAR_ERR_WRITE,
                           "%s: name a directory of its own for the outputs (kabar replaces it "
                           "as a whole)",
                           t);
  od->base = strdup(base);
  if (slash == t)
    od->parent = strdup("/");
  else if (slash)
    od->parent = strndup(t, (size_t)(slash - t));
  else
    od->parent = strdup(".");
  if (!od->base || !od->parent)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  return KABAR_OK;
}

/* OUT must not be the working directory or hold it: the swap would leave
 * the user's shell in a deleted directory. */
static kabar_status check_not_cwd(const kabar_cli_outdir *od, kabar_error *err) {
  char *cwd = realpath(".", NULL), *real = realpath(od->target, NULL);
  int bad = 0;
  if (cwd && real) {
    size_t n = strlen(real);
    bad = !strncmp(cwd, real, n) && (cwd[n] == '\0' || cwd[n] == '/' || n == 1);
  }
  free(cwd);
  free(real);
  if (bad)
    return kabar_error_set(err, KABAR_ERR_WRITE,
                           "%s: is the working directory or holds it; kabar replaces the output "
                           "directory as a whole: choose a directory of its own (-o DIR)",
                           od->target);
  return KABAR_OK;
}

/* ---- the lock --------------------------------------------------------------
 * .BASE.kabar-lock beside OUT. The holder removes it at the end, so a run
 * that locked a file just unlinked by the previous holder must check that
 * the name still leads to what it locked, and try again if not. */

static kabar_status take_lock(kabar_cli_outdir *od, kabar_error *err) {
  size_t n = strlen(od->parent) + strlen(od->base) + 16;
  if (!(od->lock_path = malloc(n)))
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  snprintf(od->lock_path, n, "%s/.%s.kabar-lock", od->parent, od->base);
  for (int tries = 0; tries < 100; tries++) {
    int fd = open(od->lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
      kabar_status st = kabar_error_set(err, fs_status(errno), "%s: %s%s", od->target,
                                        strerror(errno),
                                        errno == ENOENT ? " (its parent directory)" : "");
      free(od->lock_path);
      od->lock_path = NULL; /* not ours to remove */
      return st;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
      int e = errno;
      close(fd);
      free(od->lock_path);
      od->lock_path = NULL;
      if (e == EWOULDBLOCK)
        return kabar_error_set(err, KABAR_ERR_WRITE,
                               "%s: another kabar export is writing this directory; try again "
                               "when it has finished",
                               od->target);
      return kabar_error_set(err, fs_status(e), "%s: cannot lock: %s", od->target, strerror(e));
    }
    struct stat held, named;
    if (fstat(fd, &held) == 0 && stat(od->lock_path, &named) == 0 && held.st_dev == named.st_dev &&
        held.st_ino == named.st_ino) {
      od->lock_fd = fd;
      return KABAR_OK;
    }
    close(fd); /* the previous holder removed it meanwhile */
  }
  free(od->lock_path);
  od->lock_path = NULL;
  return kabar_error_set(err, KABAR_ERR_WRITE, "%s: cannot lock", od->target);
}

/* ---- what dead runs left ----------------------------------------------------
 * Under the lock no other run is writing beside OUT, so every BASE.tmp-*
 * is a dead run's staging directory. A BASE.old-* is an old OUT set aside
 * by the fallback swap: if OUT is missing, the run died between the two
 * renames and the old OUT goes back. */

static kabar_status clean_dead_runs(kabar_cli_outdir *od, kabar_error *err) {
  DIR *d = opendir(od->parent);
  if (!d)
    return kabar_error_set(err, fs_status(errno), "%s: %s", od->parent, strerror(errno));
  struct stat sb;
  int have_target = lstat(od->target, &sb) == 0;
  kabar_status st = KABAR_OK;
  struct dirent *e;
  while (st == KABAR_OK && (e = readdir(d))) {
    int staging = is_run_dir(e->d_name, od->base, ".tmp-");
    int aside = is_run_dir(e->d_name, od->base, ".old-");
    if (!staging && !aside)
      continue;
    char *p = join(od->parent, e->d_name);
    if (!p) {
      st = kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
      break;
    }
    if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode)) {
      if (aside && !have_target && rename(p, od->target) == 0)
        have_target = 1;
      else
        remove_flat_dir(p);
    }
    free(p);
  }
  closedir(d);
  return st;
}

/* ---- OUT itself ------------------------------------------------------------ */

typedef kabar_status (*entry_fn)(kabar_cli_outdir *od, const char *name, kabar_error *err);
typedef kabar_status (*path_fn)(kabar_cli_outdir *od, const char *path, const char *name,
                                entry_fn then, kabar_error *err);

/* Calls fn with the path and name of each entry of dir (but "." and "..");
 * errors name OUT, the directory the user knows. */
static kabar_status walk_dir(kabar_cli_outdir *od, const char *dir, path_fn fn, entry_fn then,
                             kabar_error *err) {
  DIR *d = opendir(dir);
  if (!d)
    return kabar_error_set(err, fs_status(errno), "%s: %s", od->target, strerror(errno));
  kabar_status st = KABAR_OK;
  struct dirent *e;
  while (st == KABAR_OK && (e = readdir(d))) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    char *p = join(dir, e->d_name);
    st = p ? fn(od, p, e->d_name, then, err) : kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
    free(p);
  }
  closedir(d);
  return st;
}

/* An entry of OUT must be a regular file, since the swap would drop
 * anything else with the old directory; then `then` (if any) takes it. */
static kabar_status regular_entry(kabar_cli_outdir *od, const char *path, const char *name,
                                  entry_fn then, kabar_error *err) {
  struct stat sb;
  if (lstat(path, &sb) != 0)
    return kabar_error_set(err, fs_status(errno), "%s: %s", path, strerror(errno));
  if (!S_ISREG(sb.st_mode))
    return kabar_error_set(err, KABAR_ERR_WRITE,
                           "%s: not a regular file; kabar replaces the output directory as a "
                           "whole: move it away or choose another -o",
                           path);
  return then ? then(od, name, err) : KABAR_OK;
}

/* Calls fn(od, name, err) for each entry of OUT, which must all be regular
 * files (see regular_entry); a missing OUT has none. */
static kabar_status each_entry(kabar_cli_outdir *od, entry_fn fn, kabar_error *err) {
  struct stat sb;
  if (lstat(od->target, &sb) != 0) {
    if (errno == ENOENT)
      return KABAR_OK;
    return kabar_error_set(err, fs_status(errno), "%s: %s", od->target, strerror(errno));
  }
  if (!S_ISDIR(sb.st_mode))
    return kabar_error_set(err, KABAR_ERR_WRITE, "%s: not a directory", od->target);
  return walk_dir(od, od->target, regular_entry, fn, err);
}

/* A file of OUT that kabar does not write goes into the new directory as a
 * second link to the same file. */
static kabar_status keep_foreign(kabar_cli_outdir *od, const char *name, kabar_error *err) {
  if (is_output_name(name))
    return KABAR_OK;
  char *from = join(od->target, name), *to = join(od->staging, name);
  kabar_status st = KABAR_OK;
  if (!from || !to)
    st = kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  else if (link(from, to) != 0 && errno != EEXIST)
    st = kabar_error_set(err, fs_status(errno), "%s: cannot keep it in the new output: %s", from,
                         strerror(errno));
  free(from);
  free(to);
  return st;
}

static kabar_status make_staging(kabar_cli_outdir *od, kabar_error *err) {
  size_t n = strlen(od->parent) + strlen(od->base) + 16;
  char *p = malloc(n);
  if (!p)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  snprintf(p, n, "%s/%s.tmp-XXXXXX", od->parent, od->base);
  pthread_mutex_lock(&od_guard);
  char *made = mkdtemp(p);
  if (made) {
    /* mkdtemp makes it 0700: the outputs are for whoever may read OUT. */
    mode_t mask = umask(0);
    umask(mask);
    chmod(p, 0777 & ~mask);
    od->staging = p;
  }
  pthread_mutex_unlock(&od_guard);
  if (!made) {
    kabar_status st = kabar_error_set(err, fs_status(errno),
                                      "%s: cannot create a staging directory beside it: %s",
                                      od->target, strerror(errno));
    free(p);
    return st;
  }
  return KABAR_OK;
}

kabar_status kabar_cli_outdir_open(const char *path, kabar_cli_outdir **out, kabar_error *err) {
  *out = NULL;
  kabar_cli_outdir *od = calloc(1, sizeof *od);
  if (!od)
    return kabar_error_set(err, KABAR_ERR_NOMEM, "out of memory");
  od->lock_fd = -1;
  kabar_status st;
  if ((st = start_signal_thread(err)) != KABAR_OK || (st = split_target(od, path, err)) ||
      (st = check_not_cwd(od, err)) || (st = take_lock(od, err)))
    goto fail;
  pthread_mutex_lock(&od_guard);
  od_active = od; /* from here a signal removes the lock file */
  pthread_mutex_unlock(&od_guard);
  if ((st = clean_dead_runs(od, err)) || (st = each_entry(od, NULL, err)) ||
      (st = make_staging(od, err)))
    goto fail;
  *out = od;
  return KABAR_OK;
fail:
  kabar_cli_outdir_close(od);
  return st;
}

const char *kabar_cli_outdir_staging(const kabar_cli_outdir *od) { return od->staging; }

/* fsync of one file or directory by name. */
static int sync_path(const char *path, int flags) {
  int fd = open(path, flags | O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  int rc = fsync(fd);
  if (rc != 0 && (errno == EINVAL || errno == EROFS))
    rc = 0; /* a file system that cannot sync a directory */
  close(fd);
  return rc;
}

static kabar_status sync_entry(kabar_cli_outdir *od, const char *path, const char *name,
                               entry_fn then, kabar_error *err) {
  (void)then;
  if (sync_path(path, 0) != 0)
    return kabar_error_set(err, fs_status(errno), "%s/%s: %s", od->target, name, strerror(errno));
  return KABAR_OK;
}

static kabar_status sync_staging(kabar_cli_outdir *od, kabar_error *err) {
  kabar_status st = walk_dir(od, od->staging, sync_entry, NULL, err);
  if (st == KABAR_OK && sync_path(od->staging, O_DIRECTORY) != 0)
    st = kabar_error_set(err, fs_status(errno), "%s: %s", od->target, strerror(errno));
  return st;
}

/* Where the file system has no RENAME_EXCHANGE: OUT is set aside as
 * BASE.old-XXXXXX, the staging directory renamed to OUT, the old one
 * removed. A run that dies between the two renames leaves no OUT; the
 * next run puts BASE.old-* back before anything else. */
static int swap_fallback(kabar_cli_outdir *od) {
  size_t n = strlen(od->parent) + strlen(od->base) + 16;
  char *aside = malloc(n);
  if (!aside) {
    errno = ENOMEM;
    return -1;
  }
  snprintf(aside, n, "%s/%s.old-XXXXXX", od->parent, od->base);
  int rc = -1;
  if (mkdtemp(aside) && rename(od->target, aside) == 0) {
    if (rename(od->staging, od->target) == 0) {
      free(od->staging);
      od->staging = aside; /* removed by the caller as the old directory */
      return 0;
    }
    int e = errno;
    rename(aside, od->target);
    errno = e;
  } else {
    int e = errno;
    rmdir(aside);
    errno = e;
  }
  free(aside);
  return rc;
}

kabar_status kabar_cli_outdir_commit(kabar_cli_outdir *od, kabar_error *err) {
  kabar_status st;
  if ((st = each_entry(od, keep_foreign, err)) != KABAR_OK ||
      (st = sync_staging(od, err)) != KABAR_OK)
    return st;
  pthread_mutex_lock(&od_guard);
  struct stat sb;
  int rc, existed = lstat(od->target, &sb) == 0;
  if (!existed) {
    rc = renameat2(AT_FDCWD, od->staging, AT_FDCWD, od->target, RENAME_NOREPLACE);
    if (rc != 0 && errno == EINVAL)
      rc = rename(od->staging, od->target);
    if (rc == 0) {
      free(od->staging);
      od->staging = NULL;
    }
  } else {
    chmod(od->staging, sb.st_mode & 07777); /* the directory keeps its mode */
    /* After the exchange the staging name holds the old directory. */
    rc = renameat2(AT_FDCWD, od->staging, AT_FDCWD, od->target, RENAME_EXCHANGE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS))
      rc = swap_fallback(od);
  }
  int e = errno;
  pthread_mutex_unlock(&od_guard);
  if (rc != 0)
    return kabar_error_set(err, fs_status(e), "%s: %s", od->target,
                           e == EXDEV || e == EBUSY
                               ? "cannot be replaced (a mount point?); choose a directory inside it"
                               : strerror(e));
  sync_path(od->parent, O_DIRECTORY);
  return KABAR_OK;
}

void kabar_cli_outdir_close(kabar_cli_outdir *od) {
  if (!od)
    return;
  pthread_mutex_lock(&od_guard);
  if (od->staging)
    remove_flat_dir(od->staging);
  if (od->lock_path)
    unlink(od->lock_path); /* still held: see take_lock */
  if (od_active == od)
    od_active = NULL;
  pthread_mutex_unlock(&od_guard);
  if (od->lock_fd >= 0)
    close(od->lock_fd);
  free(od->staging);
  free(od->lock_path);
  free(od->target);
  free(od->parent);
  free(od->base);
  free(od);
}

void kabar_cli_outdir_unstage(const kabar_cli_outdir *od, char *message, size_t size) {
  if (!od || !od->staging)
    return;
  size_t ns = strlen(od->staging), nt = strlen(od->target);
  char *at = strstr(message, od->staging);
  if (!at || nt > ns)
    return; /* the target's name is never longer than the staging one */
  memmove(at + nt, at + ns, strlen(at + ns) + 1);
  memcpy(at, od->target, nt);
  (void)size;
}
