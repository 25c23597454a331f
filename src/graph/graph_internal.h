/* SPDX-License-Identifier: MIT */
/* Shared between the graph module's files. */
#ifndef KABAR_GRAPH_INTERNAL_H
#define KABAR_GRAPH_INTERNAL_H

#include <igraph.h>

#include <stddef.h>

/* igraph's previous handlers, restored on return. */
typedef struct kabar_graph_handlers {
  igraph_error_handler_t *error;
  igraph_warning_handler_t *warning;
} kabar_graph_handlers;

void kabar_graph_handlers_push(kabar_graph_handlers *saved);
void kabar_graph_handlers_pop(const kabar_graph_handlers *saved);

/* A copy of s fit for XML 1.0, CSV and JSON: invalid UTF-8 and characters
 * XML forbids (U+0001, U+FFFE, ...) become U+FFFD, tabs and line breaks
 * spaces. Caller frees; NULL when out of memory. s NULL gives "". */
char *kabar_graph_clean(const char *s);

#endif
