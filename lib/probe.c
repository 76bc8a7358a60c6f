// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* The platform probe (lib/probe.h): CPU features and kernel version, once. */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/utsname.h>

#include "arch/arch.h"
#include "lib/probe.h"

static pthread_once_t probe_once = PTHREAD_ONCE_INIT;
static unsigned int cpu_features;
static int kernel_version;
static char kernel_release[65];

static void probe(void)
{
	struct utsname u;
	unsigned int maj = 0, min = 0, pat = 0;

	const char *fake = lazymb__getenv("LAZYMB_TEST_CPU_FEATURES");
	unsigned int real = lazymb_arch_cpu_features();

	/* Test hook: pretend to have other CPU features (e.g. INVLPGB, so the
	 * mprotect strategy is refused). Never adds an instruction the CPU
	 * lacks: the arch's init gets only the features both agree on (so
	 * x86 uses SERIALIZE only if both have it). */
	cpu_features = fake ? (unsigned int)strtoul(fake, NULL, 16) : real;
	lazymb_arch_init(cpu_features & real);
	if (uname(&u) == 0) {
		snprintf(kernel_release, sizeof(kernel_release), "%s", u.release);
		if (sscanf(u.release, "%u.%u.%u", &maj, &min, &pat) >= 2)
			kernel_version = (int)((maj << 16) | (min << 8) | (pat > 255 ? 255 : pat));
	}
}

/* The probe runs before any serialize can be needed: from the constructor. */
__attribute__((constructor)) static void lazymb_probe_early(void)
{
	pthread_once(&probe_once, probe);
}

unsigned int lazymb__cpu_features(void)
{
	pthread_once(&probe_once, probe);
	return cpu_features;
}

int lazymb__kernel_version(void)
{
	pthread_once(&probe_once, probe);
	return kernel_version;
}

const char *lazymb__kernel_release(void)
{
	pthread_once(&probe_once, probe);
	return kernel_release;
}
