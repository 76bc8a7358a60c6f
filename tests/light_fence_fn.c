// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Object for tests/light-fence-disasm.sh: one function around a light
 * fence, and the same with a seq_cst fence, which the script must flag (its
 * negative control: the grep is proven to find a fence when there is one).
 */
#include <stdatomic.h>
#include <lazymb/fence.h>

atomic_int lz_x, lz_y;
int lz_with_light_fence(void);
int lz_with_seq_cst_fence(void);

__attribute__((noinline)) int lz_with_light_fence(void)
{
	atomic_store_explicit(&lz_x, 1, memory_order_relaxed);
	lazymb_fence_light();
	return atomic_load_explicit(&lz_y, memory_order_relaxed);
}

__attribute__((noinline)) int lz_with_seq_cst_fence(void)
{
	atomic_store_explicit(&lz_x, 1, memory_order_relaxed);
	atomic_thread_fence(memory_order_seq_cst);
	return atomic_load_explicit(&lz_y, memory_order_relaxed);
}

int main(void)
{
	return lz_with_light_fence() + lz_with_seq_cst_fence();
}
