// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* lazymb-probe --verify and --stats: prove the guarantees on this machine. */
#ifndef LAZYMB_TOOLS_VERIFY_H
#define LAZYMB_TOOLS_VERIFY_H

struct verify_opts {
	double seconds;      /* total time budget */
	int json;            /* print JSON instead of the table */
	int break_fence;     /* test-only: the real run uses a compiler barrier */
	const char *self;    /* path to re-exec for child runs */
};

/* Run every check; returns the exit status (0: all selected strategies VERIFIED). */
int verify_main(const struct verify_opts *o);

/* The child side: `lazymb-probe --verify-child KIND STRATEGY MS [break]`;
 * @argv[0] is KIND. Prints "key value" lines on stdout; returns the exit status. */
int verify_child(int argc, char **argv);

/* `lazymb-probe --stats`: run the demo for @seconds, print the counters. */
int stats_main(double seconds, int json);

/* Print @s as a JSON string (lazymb-probe.c). */
void json_str(const char *s);

#endif /* LAZYMB_TOOLS_VERIFY_H */
