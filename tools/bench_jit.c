// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb-bench jit: the cost of one publish, one patch (x86-64: the
 * breakpoint protocol and the atomic store), and a batch of 1000 patches,
 * beside one raw PRIVATE_EXPEDITED_SYNC_CORE membarrier in the same run,
 * with another thread of the process running on the other CPU (the case
 * that costs IPIs).
 */
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <lazymb/lazymb.h>
#include "tools/bench.h"

static struct lazymb_code *code;
static struct lazymb_patch batch[1000];
static unsigned char insn5[5] = { 0xb8, 1, 0, 0, 0 }; /* mov eax, 1 */

static void raw_sync(void *a)
{
	(void)a;
	syscall(SYS_membarrier, LAZYMB_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE, 0, 0);
}

static void publish(void *a)
{
	(void)a;
	lazymb_code_publish(code, 0, 4096);
}

static void patch_bp(void *a)
{
	(void)a;
	insn5[1] ^= 1;
	lazymb_patch(code, (char *)lazymb_code_rx(code) + 64, insn5, 5);
}

static void patch_atomic(void *a)
{
	(void)a;
	insn5[1] ^= 1;
	lazymb_patch_ex(code, (char *)lazymb_code_rx(code) + 128, insn5, 5, LAZYMB_PATCH_ATOMIC);
}

static void patch_batch(void *a)
{
	(void)a;
	insn5[1] ^= 1;
	lazymb_patch_batch(code, batch, 1000);
}

int bench_jit_main(int argc, char **argv)
{
	struct bench_spinner sp;
	double raw, pub, bp, at, b1000;

	(void)argc;
	(void)argv;
	if (lazymb_sync_core_available() != 0 || lazymb_code_create(&code, 16 * 4096) != 0) {
		printf("jit: no sync_core or no code region here\n");
		return 0;
	}
	memset(lazymb_code_rw(code), 0x90, lazymb_code_size(code)); /* nops */
	for (int i = 0; i < 1000; i++)
		batch[i] = (struct lazymb_patch){ (char *)lazymb_code_rx(code) + 4096 + 16 * i,
						  insn5, 5 };
	bench_pin_self(0);
	bench_spinner_start(&sp, 1);
	usleep(10000);
	raw = bench_time(raw_sync, NULL, 200, 7);
	pub = bench_time(publish, NULL, 200, 7);
#if defined(__x86_64__)
	bp = bench_time(patch_bp, NULL, 100, 7);
	at = bench_time(patch_atomic, NULL, 200, 7);
#else
	bp = at = 0;
	(void)patch_bp;
	(void)patch_atomic;
#endif
	b1000 = bench_time(patch_batch, NULL, 10, 5);
	bench_spinner_stop(&sp);
	printf("JIT, one other thread running on the other CPU; ns per operation, median of 7;\n"
	       "ratio = x / one raw PRIVATE_EXPEDITED_SYNC_CORE membarrier\n\n");
	printf("  %-34s %12.0f %6.2f\n", "raw SYNC_CORE membarrier", raw, 1.0);
	printf("  %-34s %12.0f %6.2f\n", "lazymb_code_publish (4 KiB)", pub, pub / raw);
#if defined(__x86_64__)
	printf("  %-34s %12.0f %6.2f\n", "lazymb_patch, breakpoint (5 bytes)", bp, bp / raw);
	printf("  %-34s %12.0f %6.2f\n", "lazymb_patch_ex, ATOMIC (5 bytes)", at, at / raw);
#endif
	printf("  %-34s %12.0f %6.2f\n", "lazymb_patch_batch, 1000 sites", b1000, b1000 / raw);
	bench_datum("jit", "raw", 0, raw);
	bench_datum("jit", "patch_bp", 1, bp);
	bench_datum("jit", "batch1000", 2, b1000);
	lazymb_code_destroy(code);
	return 0;
}
