/* SPDX-License-Identifier: MIT */
/* SHA-256 (FIPS 180-4), for document checksums. */
#ifndef KABAR_SHA256_H
#define KABAR_SHA256_H

#include <stddef.h>
#include <stdint.h>

void kabar_sha256(const void *data, size_t len, unsigned char out[32]);
/* Writes 64 lowercase hex digits and a NUL into hex. */
void kabar_sha256_hex(const unsigned char digest[32], char hex[65]);

#endif
