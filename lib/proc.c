// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* What /proc says about this process's threads (lib/proc.h). */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "lib/proc.h"

int lazymb__thread_count(void)
{
	char buf[1024], *p;
	int fd, saved = errno, field;
	ssize_t n;
	long threads;

	fd = open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		errno = saved;
		return -e;
	}
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	errno = saved;
	if (n <= 0)
		return -EIO;
	buf[n] = '\0';
	/* comm may hold spaces and parens: fields restart after the last ')'. */
	p = strrchr(buf, ')');
	if (!p)
		return -EIO;
	/* After ")": field 3 (state) ... field 20 (num_threads). */
	for (field = 2; field < 20 && p; field++)
		p = strchr(p + 1, ' ');
	if (!p)
		return -EIO;
	threads = strtol(p + 1, NULL, 10);
	return threads > 0 ? (int)threads : -EIO;
}

/* Append @tid to the growing array *@v of *@n (capacity *@cap). */
static int push_tid(int **v, size_t *n, size_t *cap, int tid)
{
	if (*n == *cap) {
		int *nv = realloc(*v, 2 * *cap * sizeof(**v));

		if (!nv)
			return -ENOMEM;
		*v = nv;
		*cap *= 2;
	}
	(*v)[(*n)++] = tid;
	return 0;
}

int lazymb__list_threads(int self, int **out, size_t *count)
{
	char buf[4096];
	size_t n = 0, cap = 64;
	int *v = malloc(cap * sizeof(*v));
	int fd = open("/proc/self/task", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int r = 0, self_seen = 0;

	if (!v || fd < 0) {
		r = fd < 0 ? -errno : -ENOMEM;
		goto fail;
	}
	for (;;) {
		long got = syscall(SYS_getdents64, fd, buf, sizeof(buf));

		if (got < 0) {
			r = -errno;
			goto fail;
		}
		if (got == 0)
			break;
		for (long off = 0; off < got;) {
			struct dirent64 *d = (struct dirent64 *)(buf + off);
			char *end;
			long tid = strtol(d->d_name, &end, 10);

			off += d->d_reclen;
			if (*end || tid <= 0)
				continue;
			if (tid == self) {
				self_seen = 1;
				continue;
			}
			r = push_tid(&v, &n, &cap, (int)tid);
			if (r)
				goto fail;
		}
	}
	if (!self_seen) {
		r = -ESRCH;
		goto fail;
	}
	close(fd);
	*out = v;
	*count = n;
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	free(v);
	return r;
}

int lazymb__thread_status(int tid, struct lazymb__thread_status *st)
{
	char path[64], line[256];
	FILE *f;

	st->state = '?';
	st->name[0] = 0;
	st->sigblk = 0;
	snprintf(path, sizeof(path), "/proc/self/task/%d/status", tid);
	f = fopen(path, "re");
	if (!f)
		return -errno;
	while (fgets(line, sizeof(line), f)) {
		if (strncmp(line, "Name:", 5) == 0) {
			snprintf(st->name, sizeof(st->name), "%s", line + 5 + strspn(line + 5, " \t"));
			st->name[strcspn(st->name, "\n")] = 0;
		} else if (strncmp(line, "State:", 6) == 0) {
			st->state = line[6 + strspn(line + 6, " \t")];
		} else if (strncmp(line, "SigBlk:", 7) == 0) {
			st->sigblk = strtoull(line + 7, NULL, 16);
		}
	}
	fclose(f);
	return 0;
}

/* Up to @len - 1 bytes of @path into @buf, NUL-terminated: the length, or
 * -errno (errno itself is preserved). One open, read, close: these files
 * are produced whole by one read. */
static ssize_t read_small(const char *path, char *buf, size_t len)
{
	int saved = errno, fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0) {
		n = -errno;
	} else {
		n = read(fd, buf, len - 1);
		if (n < 0)
			n = -errno;
		close(fd);
	}
	buf[n > 0 ? n : 0] = 0;
	errno = saved;
	return n;
}

int lazymb__proc_self_pid(void)
{
	char buf[64];
	ssize_t n = read_small("/proc/self/stat", buf, sizeof(buf));
	long pid;

	if (n < 0)
		return (int)n;
	pid = strtol(buf, NULL, 10);
	return pid > 0 ? (int)pid : -EIO;
}

int lazymb__thread_stat(int tid, struct lazymb__thread_stat *st)
{
	char path[64], buf[1024], *p;
	ssize_t n;
	int field;

	st->state = '?';
	st->flags = 0;
	snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid);
	n = read_small(path, buf, sizeof(buf));
	if (n < 0)
		return (int)n;
	/* comm may hold spaces and parens: fields restart after the last ')'. */
	p = strrchr(buf, ')');
	if (!p || p[1] != ' ' || !p[2])
		return -EIO;
	p += 2;
	st->state = *p;
	/* From field 3 (state) on to field 9 (flags). */
	for (field = 3; field < 9 && p; field++) {
		p = strchr(p, ' ');
		if (p)
			p++;
	}
	if (!p)
		return -EIO;
	st->flags = strtoul(p, NULL, 10);
	return 0;
}

int lazymb__thread_wchan(int tid)
{
	char path[64], buf[128];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/self/task/%d/wchan", tid);
	n = read_small(path, buf, sizeof(buf));
	if (n < 0)
		return (int)n;
	return n > 0 && strcmp(buf, "0") != 0;
}

int lazymb__thread_syscall_pc(int tid, uintptr_t *pc)
{
	char path[64], buf[256], *last, *end;
	ssize_t n;
	unsigned long long v;

	snprintf(path, sizeof(path), "/proc/self/task/%d/syscall", tid);
	n = read_small(path, buf, sizeof(buf));
	if (n < 0)
		return (int)n;
	if (strncmp(buf, "running", 7) == 0)
		return 0;
	/* "<nr> 0x<a1> ... 0x<a6> 0x<sp> 0x<pc>" in a system call, "-1 0x<sp>
	 * 0x<pc>" blocked outside one: the PC is the last field either way. */
	buf[strcspn(buf, "\n")] = 0;
	last = strrchr(buf, ' ');
	if (!last || strncmp(last + 1, "0x", 2) != 0)
		return -EIO;
	v = strtoull(last + 1, &end, 16);
	if (*end)
		return -EIO;
	*pc = (uintptr_t)v;
	return 1;
}
