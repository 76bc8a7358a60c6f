// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb RCU as a liburcu flavor (liblazymb-urcu, pkg-config lazymb-urcu):
 * liburcu's lock-free data structures that take a flavor, such as
 *
 *   cds_lfht_new_flavor(size, size, 0, CDS_LFHT_AUTO_RESIZE,
 *                       &lazymb_urcu_flavor, NULL);
 *
 * run on the default lazymb RCU domain: readers call
 * lazymb_urcu_flavor.read_lock (or lazymb_rcu_read_lock, the same thing),
 * updaters free through lazymb_urcu_flavor.update_call_rcu.
 */
#ifndef LAZYMB_URCU_FLAVOR_H
#define LAZYMB_URCU_FLAVOR_H

#include <urcu/call-rcu.h>
#include <urcu/flavor.h>
#include <lazymb/compiler.h>
#include <lazymb/rcu.h>

LAZYMB_BEGIN_DECLS

/* The flavor: every member is backed by the default lazymb RCU domain. */
extern LAZYMB_API const struct rcu_flavor_struct lazymb_urcu_flavor;

LAZYMB_END_DECLS

#endif /* LAZYMB_URCU_FLAVOR_H */
