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
	int r = 0;

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
			if (*end || tid <= 0 || tid == self)
				continue;
			r = push_tid(&v, &n, &cap, (int)tid);
			if (r)
				goto fail;
		}
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
