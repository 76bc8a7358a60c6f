// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The version macros agree with each other, with configure's version and
 * with lazymb_version() of the library this test is linked with.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <lazymb/lazymb.h>

static int fails;

static void expect(int ok, const char *what)
{
	if (!ok) {
		printf("FAIL: %s\n", what);
		fails++;
	}
}

int main(void)
{
	char built[64];
	const char *run = lazymb_version();

	snprintf(built, sizeof(built), "%d.%d.%d", LAZYMB_VERSION_MAJOR, LAZYMB_VERSION_MINOR,
		 LAZYMB_VERSION_PATCH);
	printf("LAZYMB_VERSION \"%s\", lazymb_version() \"%s\", configure \"%s\"\n",
	       LAZYMB_VERSION, run ? run : "(null)", PACKAGE_VERSION);
	expect(run != NULL, "lazymb_version() returned NULL");
	expect(run && strcmp(run, LAZYMB_VERSION) == 0, "lazymb_version() != LAZYMB_VERSION");
	expect(strcmp(built, LAZYMB_VERSION) == 0, "MAJOR.MINOR.PATCH != LAZYMB_VERSION");
	expect(strcmp(PACKAGE_VERSION, LAZYMB_VERSION) == 0, "LAZYMB_VERSION != configure's version");
	expect(LAZYMB_VERSION_NUMBER == ((LAZYMB_VERSION_MAJOR << 16) | (LAZYMB_VERSION_MINOR << 8) |
					 LAZYMB_VERSION_PATCH),
	       "LAZYMB_VERSION_NUMBER");
	expect(LAZYMB_VERSION_NUMBER >= LAZYMB_VERSION_ENCODE(1, 0, 0), "LAZYMB_VERSION_ENCODE");
	printf("check_version: %d passed, %d failed\n", fails ? 0 : 1, fails ? 1 : 0);
	return fails ? 1 : 0;
}
