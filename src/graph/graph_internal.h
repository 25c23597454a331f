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

#endif
