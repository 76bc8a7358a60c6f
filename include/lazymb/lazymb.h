// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* Umbrella header: everything lazymb offers. */
#ifndef LAZYMB_LAZYMB_H
#define LAZYMB_LAZYMB_H

#include <lazymb/compiler.h>
#include <lazymb/membarrier.h>
#include <lazymb/caps.h>
#include <lazymb/fence.h>
#include <lazymb/rcu.h>
#include <lazymb/hazptr.h>
#include <lazymb/jit.h>
#include <lazymb/version.h>

#endif /* LAZYMB_LAZYMB_H */
