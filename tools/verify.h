// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* lazymb-probe --verify, --stats, and what --bench shares with them. */
#ifndef LAZYMB_TOOLS_VERIFY_H
#define LAZYMB_TOOLS_VERIFY_H

#include <stddef.h>
#include <stdint.h>

struct verify_opts {
	double seconds;      /* total time budget */
	int json;            /* print a JSON object instead of the table */
	int break_fence;     /* test-only: the real run uses a compiler barrier */
	const char *self;    /* path to re-exec for child runs */
};

/*
 * Run every check and print the table, or with o->json one JSON object
 * (no newline after it: lazymb-probe makes it a member of its document).
 * Returns the exit status: 0 when every check of what lazymb selects here
 * (fence, sync_core, and RCU on the selected fence) is VERIFIED.
 */
int verify_main(const struct verify_opts *o);

/* The child side: `lazymb-probe --verify-child KIND STRATEGY MS [break]`;
 * @argv[0] is KIND. Prints "key value" lines on stdout; returns the exit status. */
int verify_child(int argc, char **argv);

/* `lazymb-probe --stats`: run the demo for @seconds, print the counters
 * (with @json one JSON object, no newline after it). */
int stats_main(double seconds, int json);

/*
 * Run `@self @args...` (@args ends with NULL) with @op's strategy forced to
 * @strategy (LAZYMB_FENCE for "fence", LAZYMB_SYNC_CORE for "sync_core";
 * the other one left automatic), its standard output collected in @buf
 * (NUL-terminated), killed after @timeout_ms. Returns 0 with the wait
 * status in *@status, 1 if it was killed for time, or -1 with the reason
 * in @buf if it could not be started.
 */
int probe_spawn(const char *self, char *const args[], const char *op, const char *strategy,
		uint64_t timeout_ms, char *buf, size_t len, int *status);

/* The value of the line "@key value" in @buf (probe_spawn's output), or @def. */
double probe_value(const char *buf, const char *key, double def);

/* Print @s as a JSON string (lazymb-probe.c). */
void json_str(const char *s);

/* "EPERM" for -EPERM or EPERM; "errno N" for one without a name here. */
const char *errno_name(int err);

#endif /* LAZYMB_TOOLS_VERIFY_H */
