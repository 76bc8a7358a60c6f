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
#include <string.h>
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

void lazymb__env_report(const char *name, const char *value, const char *fmt, ...)
{
	char line[512];
	int n, m, saved = errno;
	ssize_t w;
	va_list ap;

	n = snprintf(line, sizeof(line), "lazymb: %s=%s: ", name, value);
	/* A value too long for the line is cut; the line still ends. */
	if (n < 0)
		n = 0;
	if ((size_t)n > sizeof(line) - 2)
		n = (int)sizeof(line) - 2;
	va_start(ap, fmt);
	m = vsnprintf(line + n, sizeof(line) - 1 - (size_t)n, fmt, ap);
	va_end(ap);
	if (m < 0)
		m = 0;
	n = (size_t)(n + m) < sizeof(line) - 1 ? n + m : (int)sizeof(line) - 2;
	line[n++] = '\n';
	/* One write(2) of the whole line (stdio may split it): it does not
	 * interleave with other threads' lines. Nothing to do if it fails. */
	w = write(STDERR_FILENO, line, (size_t)n);
	(void)w;
	errno = saved;
}

int lazymb__env_enum(const char *name, const char *const *values, size_t n)
{
	const char *v = lazymb__getenv(name);
	char list[256];
	size_t i, used = 0;

	if (!v)
		return LAZYMB__ENV_UNSET;
	for (i = 0; i < n; i++)
		if (strcmp(v, values[i]) == 0)
			return (int)i;
	list[0] = '\0';
	for (i = 0; i < n && used < sizeof(list); i++) {
		int w = snprintf(list + used, sizeof(list) - used, "%s%s", i ? ", " : "",
				 values[i]);

		if (w < 0)
			break;
		used += (size_t)w;
	}
	lazymb__env_report(name, v, "not one of %s", list);
	return -EINVAL;
}

unsigned long lazymb__env_uint(const char *name, unsigned long min, unsigned long max,
			       unsigned long dflt, int *bad)
{
	const char *v = lazymb__getenv(name), *p;
	unsigned long x = 0;
	int ok = v != NULL;

	if (bad)
		*bad = 0;
	if (!v)
		return dflt;
	/* By hand: strtoul() accepts blanks, a sign (and negates "-5" into a
	 * huge number) and stops silently at the first non-digit. */
	for (p = v; *p && ok; p++) {
		unsigned d = (unsigned)(*p - '0');

		if (d > 9 || x > (ULONG_MAX - d) / 10)
			ok = 0;
		else
			x = x * 10 + d;
	}
	if (ok && x >= min && x <= max)
		return x;
	lazymb__env_report(name, v, "not an integer from %lu to %lu; using %lu", min, max, dflt);
	if (bad)
		*bad = 1;
	return dflt;
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
