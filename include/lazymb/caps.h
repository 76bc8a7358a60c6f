// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Capabilities: what this machine, kernel and sandbox offer, and which
 * strategy lazymb chose for each fence and why. For support tickets and for
 * programs that want to log or refuse an environment.
 */
#ifndef LAZYMB_CAPS_H
#define LAZYMB_CAPS_H

#include <lazymb/compiler.h>
#include <lazymb/membarrier.h>

LAZYMB_BEGIN_DECLS

/* How a heavy fence or a sync_core is carried out. */
enum lazymb_strategy {
	LAZYMB_STRATEGY_NONE = 0,   /* none valid here (see the reason) */
	LAZYMB_STRATEGY_MEMBARRIER, /* membarrier PRIVATE_EXPEDITED[_SYNC_CORE] */
	LAZYMB_STRATEGY_SIGNAL,     /* a signal to every thread, handler fences */
	LAZYMB_STRATEGY_MPROTECT,   /* x86-64 TLB-shootdown IPIs; ordering only */
	LAZYMB_STRATEGY_GLOBAL,     /* membarrier GLOBAL; ordering only, slow */
	LAZYMB_STRATEGY_SCHED,      /* helper threads visit every CPU; ordering only */
};

/* CPU features that decide strategies (lazymb_caps.cpu_features). */
#define LAZYMB_CPU_SERIALIZE (1u << 0) /* x86 SERIALIZE instruction */
#define LAZYMB_CPU_INVLPGB   (1u << 1) /* x86 AMD broadcast TLB invalidation */
#define LAZYMB_CPU_HYPERVISOR (1u << 2) /* running under a hypervisor */
#define LAZYMB_CPU_IDC       (1u << 3) /* arm64 CTR_EL0.IDC: no D-cache clean needed */
#define LAZYMB_CPU_DIC       (1u << 4) /* arm64 CTR_EL0.DIC: no I-cache invalidate needed */
#define LAZYMB_CPU_HV_KVM    (1u << 5) /* x86 hypervisor is KVM ("KVMKVMKVM") */
#define LAZYMB_CPU_HV_HYPERV (1u << 6) /* x86 hypervisor is Hyper-V ("Microsoft Hv") */

#define LAZYMB_REASON_MAX 160

struct lazymb_caps {
	char arch[16];           /* "x86_64", "powerpc64", "aarch64", "generic" */
	char kernel_release[65]; /* uname -r */
	int kernel_version;      /* major << 16 | minor << 8 | patch (patch capped at 255) */

	/* membarrier */
	int query;               /* QUERY mask, or negative errno */
	int registered;          /* REGISTER_* commands in effect (lazymb_membarrier_registrations) */
	int kernel_registrations;/* GET_REGISTRATIONS mask, or negative errno (-EINVAL before 6.3) */
	int late_registrations;  /* REGISTER_* commands lazymb issued after other threads existed */
	/* Indexed by command bit number: the cached negative errno of a
	 * failed REGISTER, else 0 (only the REGISTER_* bits are ever set). */
	int register_errors[LAZYMB_MEMBARRIER_CMD_BITS];

	unsigned int cpu_features; /* LAZYMB_CPU_* */
	unsigned int cache_line;   /* L1 line size (arm64: min of D/I from CTR_EL0), 0 if unknown */

	/* Filled in by lazymb_init() (fence.h). */
	int initialized;           /* 1 after lazymb_init() ran */
	int init_error;            /* lazymb_init()'s result */
	enum lazymb_strategy fence;     /* lazymb_fence_heavy() */
	char fence_reason[LAZYMB_REASON_MAX];
	enum lazymb_strategy sync_core; /* lazymb_sync_core() */
	char sync_core_reason[LAZYMB_REASON_MAX];
	int sync_core_error;            /* 0, or why sync_core has no strategy */
	int signal_number;              /* the signal the signal strategy uses */
	int fence_heavy_cpu;            /* 0 if lazymb_fence_heavy_cpu() works, else its negative errno */

	unsigned int reserved[16];
};

/**
 * lazymb_get_caps - probe (once) and describe this environment.
 * @caps: filled in on success.
 *
 * Runs lazymb_init() if it has not run yet, so the strategies are filled in;
 * a failing lazymb_init() is reported in @caps->init_error, not as this
 * function's result.
 * Returns 0, or -EINVAL if @caps is NULL.
 */
LAZYMB_API int lazymb_get_caps(struct lazymb_caps *caps);

/**
 * lazymb_strategy_name - "membarrier", "signal", "mprotect", "global", "sched",
 * "none".
 * Returns NULL for a value that is not a strategy.
 */
LAZYMB_API const char *lazymb_strategy_name(enum lazymb_strategy s);

/**
 * lazymb_membarrier_cmd_name - the command's name without prefix
 * ("PRIVATE_EXPEDITED", ...), or NULL for a value that is not one command.
 */
LAZYMB_API const char *lazymb_membarrier_cmd_name(int cmd);

/**
 * lazymb_strerror - text for a negative errno returned by lazymb, in lazymb's
 * terms (e.g. -EPERM from registration: "blocked by a seccomp filter").
 * @err: a negative errno value (a positive one is accepted too).
 * Returns a static string; never NULL; thread-safe.
 */
LAZYMB_API const char *lazymb_strerror(int err);

LAZYMB_END_DECLS

#endif /* LAZYMB_CAPS_H */
