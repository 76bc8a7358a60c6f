// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* The library's base (lib/base.h): helpers every lib/ file may use. */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "lib/base.h"

void lazymb__die_at(const char *file, int line, const char *func, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, "lazymb: fatal: %s (%s:%d %s)\n", msg, file, line, func);
	fflush(stderr);
	abort();
}

void lazymb__reason(char *buf, size_t len, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, len, fmt, ap);
	va_end(ap);
}

uint64_t lazymb__now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

int lazymb__gettid(void)
{
	return (int)syscall(SYS_gettid);
}

const char *lazymb__getenv(const char *name)
{
	const char *v = secure_getenv(name);

	return (v && *v) ? v : NULL;
}

void lazymb__futex_wait(_Atomic uint32_t *addr, uint32_t val, uint64_t timeout_ns)
{
	struct timespec ts = { (time_t)(timeout_ns / 1000000000u), (long)(timeout_ns % 1000000000u) };
	int saved = errno;

	syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAIT_PRIVATE, val, timeout_ns ? &ts : NULL,
		NULL, 0);
	errno = saved;
}

void lazymb__futex_wake_all(_Atomic uint32_t *addr)
{
	int saved = errno;

	syscall(SYS_futex, (uint32_t *)addr, FUTEX_WAKE_PRIVATE, INT_MAX, NULL, NULL, 0);
	errno = saved;
}
