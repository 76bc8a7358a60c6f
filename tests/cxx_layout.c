// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * The layout of the public structs as the C compiler sees them, for
 * tests/cxx_smoke.cpp to compare with its own view (one ABI for both).
 */
#include <stddef.h>
#include <lazymb/lazymb.h>

const size_t lz_c_layout[] = {
	sizeof(struct lazymb_rcu_reader),
	_Alignof(struct lazymb_rcu_reader),
	offsetof(struct lazymb_rcu_reader, ctr),
	offsetof(struct lazymb_rcu_reader, domain),
	offsetof(struct lazymb_rcu_reader, gp),
	offsetof(struct lazymb_rcu_reader, waiters),
	offsetof(struct lazymb_rcu_reader, next_in_thread),
	offsetof(struct lazymb_rcu_reader, reg),
	sizeof(struct lazymb_rcu_tls),
	offsetof(struct lazymb_rcu_tls, last),
	sizeof(struct lazymb_rcu_head),
	sizeof(struct lazymb_rcu_stats),
	sizeof(struct lazymb_stats),
	sizeof(struct lazymb_patch),
	sizeof(enum lazymb_op),
};
const size_t lz_c_layout_n = sizeof(lz_c_layout) / sizeof(lz_c_layout[0]);
