// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Header hygiene: every installed header compiles on its own and through
 * the umbrella as strict C11 (-std=c11 -pedantic), and the light fence
 * emits no instruction (see also tests/light-fence-asm.sh).
 */
#include <lazymb/membarrier.h>
#include <lazymb/caps.h>
#include <lazymb/fence.h>
#include <lazymb/lazymb.h>
#include <lazymb/lazymb.h> /* twice: include guards */

#include "tests/testutil.h"

static int counter;

/* The function the disassembly check looks at: two stores around a light
 * fence, and nothing else. */
void lazymb_test_light_fence_site(int *a, int *b);
void lazymb_test_light_fence_site(int *a, int *b)
{
	*a = 1;
	lazymb_fence_light();
	*b = 2;
}

START_TEST(test_headers_compile_and_link)
{
	int a = 0, b = 0;

	lazymb_test_light_fence_site(&a, &b);
	ck_assert_int_eq(a + b, 3);
	ck_assert_int_eq(LAZYMB_MEMBARRIER_CMD_GET_REGISTRATIONS, 1 << 9);
	counter++;
}
END_TEST

int main(void)
{
	Suite *s = suite_create("headers");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_headers_compile_and_link);
	suite_add_tcase(s, tc);
	return lz_run_suite(s);
}
