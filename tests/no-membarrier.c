// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * no-membarrier: run a program where every membarrier system call fails,
 * as in a sandbox whose seccomp filter blocks it.
 *
 *   tests/no-membarrier EPERM|ENOSYS PROGRAM [ARG...]
 *
 * Installs the filter (inherited by PROGRAM and its children) and execs
 * PROGRAM. Exits 125 if the filter cannot be installed here, 127 if
 * PROGRAM cannot be run.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#if defined(__x86_64__)
#define FILTER_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define FILTER_ARCH AUDIT_ARCH_AARCH64
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define FILTER_ARCH AUDIT_ARCH_PPC64LE
#elif defined(__powerpc64__)
#define FILTER_ARCH AUDIT_ARCH_PPC64
#endif

int main(int argc, char **argv)
{
	unsigned int err;

	if (argc < 3 || (strcmp(argv[1], "EPERM") != 0 && strcmp(argv[1], "ENOSYS") != 0)) {
		fprintf(stderr, "usage: no-membarrier EPERM|ENOSYS PROGRAM [ARG...]\n");
		return 2;
	}
	err = strcmp(argv[1], "EPERM") == 0 ? EPERM : ENOSYS;
#ifdef FILTER_ARCH
	{
		/* Another architecture's calls pass; membarrier fails with err. */
		struct sock_filter f[] = {
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, FILTER_ARCH, 1, 0),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
			BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
			BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_membarrier, 0, 1),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | err),
			BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		};
		struct sock_fprog prog = { sizeof(f) / sizeof(f[0]), f };

		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
		    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) {
			fprintf(stderr, "no-membarrier: cannot install a seccomp filter: %s\n",
				strerror(errno));
			return 125;
		}
	}
#else
	fprintf(stderr, "no-membarrier: no seccomp filter for this architecture\n");
	return 125;
#endif
	execvp(argv[2], argv + 2);
	fprintf(stderr, "no-membarrier: %s: %s\n", argv[2], strerror(errno));
	return 127;
}
