/* SPDX-License-Identifier: MIT */
/* What shard.c (kabar extract and kabar merge) uses of the pipeline. */
#ifndef KABAR_PIPELINE_INTERNAL_H
#define KABAR_PIPELINE_INTERNAL_H

#include "extract.h"
#include "kabar/pipeline.h"

/* The pipeline's extractor. */
kabar_extractor *pl_extractor(kabar_pipeline *p);
/* Reads a document with the pipeline's options. */
kabar_status pl_read(kabar_pipeline *p, const char *path, kabar_doc **doc, kabar_error *err);
/* Admits a document as kabar_pipeline_add_file() does: *seen when its
 * bytes (doc->sha256) repeat an earlier input's (counted and warned as a
 * duplicate), else its name made unique (doc->name may be replaced). Only
 * doc->name, doc->path and doc->sha256 are read. */
kabar_status pl_admit(kabar_pipeline *p, kabar_doc *doc, int *seen, kabar_error *err);

#endif
