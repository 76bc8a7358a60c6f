// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/* x86-64: TSO memory model, serializing instructions, CPUID features. */
#ifndef LAZYMB_ARCH_INSIDE
#error "Never include arch/x86_64/arch.h directly; include arch/arch.h."
#endif
#ifndef LAZYMB_ARCH_X86_64_H
#define LAZYMB_ARCH_X86_64_H

#include <cpuid.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>
#include <lazymb/caps.h>

#define LAZYMB_ARCH_NAME "x86_64"
#define LAZYMB_NR_membarrier 324

/*
 * Full fence. A locked add to the top of the stack orders store->load like
 * mfence and is cheaper on most cores (liburcu uses the same); it does not
 * order non-temporal stores, which lazymb never relies on.
 */
#define lazymb_arch_mb lazymb_arch_mb
static inline void lazymb_arch_mb(void)
{
	__asm__ __volatile__("lock; addl $0,0(%%rsp)" ::: "memory", "cc");
}

/*
 * Called once by the platform probe (lib/probe.c), from the library's
 * constructor and so before any serialize, with the LAZYMB_CPU_* features
 * the library may use: those the CPU reports, masked by the
 * LAZYMB_TEST_CPU_FEATURES test hook. Defined in arch/x86_64/arch.c.
 */
#define lazymb_arch_init lazymb_arch_init
__attribute__((visibility("hidden"))) void lazymb_arch_init(unsigned int features);

/* 1 if SERIALIZE may be used. Set once by lazymb_arch_init()
 * (arch/x86_64/arch.c), read by serialize. */
extern int lazymb__x86_has_serialize __attribute__((visibility("hidden")));

/*
 * Core serialization (Intel SDM vol. 3A, December 2023 edition, 9.1.3
 * "Handling Self- and Cross-Modifying Code" (8.1.3 in older editions): the
 * executor must run a serializing instruction; 9.3 lists them).
 * SERIALIZE where the CPU has it (CPUID.07H.0:EDX[14]); otherwise IRET to
 * self, which is serializing at any privilege level and, unlike CPUID, does
 * not fault under CPUID faulting and usually runs without a VM exit (a
 * hypervisor may still intercept it: AMD SVM's IRET intercept, which KVM
 * arms while it waits for the end of a guest NMI on CPUs without virtual
 * NMI, or VMX NMI-window exiting; an exit costs time only). MFENCE/LFENCE
 * are not serializing. Async-signal-safe. The asm skips the 128-byte red zone
 * before pushing the IRET frame and restores RSP after it.
 */
#define lazymb_arch_serialize lazymb_arch_serialize
static inline void lazymb_arch_serialize(void)
{
	if (lazymb__x86_has_serialize) {
		__asm__ __volatile__(".byte 0x0f, 0x01, 0xe8" ::: "memory"); /* serialize */
		return;
	}
	unsigned long tmp;
	__asm__ __volatile__(
		"sub $128, %%rsp\n\t"
		"mov %%ss, %k0\n\t"
		"pushq %0\n\t"            /* SS */
		"lea 8(%%rsp), %0\n\t"
		"pushq %0\n\t"            /* RSP as it was before the frame */
		"pushfq\n\t"              /* RFLAGS */
		"mov %%cs, %k0\n\t"
		"pushq %0\n\t"            /* CS */
		"lea 1f(%%rip), %0\n\t"
		"pushq %0\n\t"            /* RIP */
		"iretq\n"
		"1:\n\t"
		"add $128, %%rsp"
		: "=&r"(tmp) : : "memory", "cc");
}
#define LAZYMB_ARCH_HAS_SERIALIZE 1

#define lazymb_arch_cpu_features lazymb_arch_cpu_features
static inline unsigned int lazymb_arch_cpu_features(void)
{
	unsigned int a, b, c, d, f = 0;

	if (__get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 31)))
		f |= LAZYMB_CPU_HYPERVISOR;
	if (__get_cpuid_max(0, 0) >= 7) {
		__cpuid_count(7, 0, a, b, c, d);
		if (d & (1u << 14))
			f |= LAZYMB_CPU_SERIALIZE;
	}
	/* Hypervisor vendor: CPUID 0x40000000 EBX:ECX:EDX. KVM's paravirtual
	 * TLB flush still interrupts every running vCPU; Hyper-V's hypercall
	 * flush may not (see the mprotect strategy in lib/fence.c). */
	if (f & LAZYMB_CPU_HYPERVISOR) {
		char v[13];

		__cpuid(0x40000000u, a, b, c, d);
		memcpy(v, &b, 4);
		memcpy(v + 4, &c, 4);
		memcpy(v + 8, &d, 4);
		v[12] = 0;
		if (strcmp(v, "KVMKVMKVM") == 0)
			f |= LAZYMB_CPU_HV_KVM;
		else if (strcmp(v, "Microsoft Hv") == 0)
			f |= LAZYMB_CPU_HV_HYPERV;
	}
	/* AMD: CPUID Fn8000_0008 EBX[3] INVLPGB (broadcast TLB invalidation). */
	if ((unsigned int)__get_cpuid_max(0x80000000u, 0) >= 0x80000008u &&
	    __get_cpuid(0x80000008u, &a, &b, &c, &d) && (b & (1u << 3)))
		f |= LAZYMB_CPU_INVLPGB;
	return f;
}

#define lazymb_arch_cache_line lazymb_arch_cache_line
static inline unsigned int lazymb_arch_cache_line(void)
{
	unsigned int a, b, c, d;

	if (__get_cpuid(1, &a, &b, &c, &d))
		return ((b >> 8) & 0xff) * 8; /* CLFLUSH line size */
	return 64;
}

/*
 * Where TLB shootdowns are IPIs (the classic x86 case), a protection change
 * on a page every thread touched interrupts every CPU running the mm: the
 * mprotect fence. lib/fence checks INVLPGB and hypervisor flushes at run
 * time before trusting it.
 */
#define LAZYMB_ARCH_MPROTECT_IPI 1

/* Spin-wait hint: PAUSE gives the sibling hyperthread the core's cycles
 * and spares the loop a memory-order violation when it exits (Intel SDM
 * vol. 2B, PAUSE). Also a compiler barrier. */
#define lazymb_arch_cpu_relax lazymb_arch_cpu_relax
static inline void lazymb_arch_cpu_relax(void)
{
	__asm__ __volatile__("pause" ::: "memory");
}

/*
 * x86 SYNC_CORE before commit 758c9373d841 ("x86/membarrier: Get rid of a
 * dubious optimization"; 5.10, stable 5.4.85 and 5.9.16) sent remote CPUs
 * only the memory-barrier IPI. Interrupt delivery is not serializing; IRET
 * is, but the IPI's return may reschedule to another thread of the mm that
 * leaves the kernel through SYSRET, which is not. No 4.19 or 4.14 stable
 * kernel carries the fix. @v: the kernel's version as major<<16|minor<<8|
 * patch, 0 if unknown. lib/fence.c refuses the membarrier strategy for
 * sync_core when this says 0.
 */
#define lazymb_arch_sync_core_kernel_ok lazymb_arch_sync_core_kernel_ok
static inline int lazymb_arch_sync_core_kernel_ok(int v)
{
	int maj = v >> 16, min = (v >> 8) & 0xff, pat = v & 0xff;

	if (v == 0)
		return 1; /* unknown: trust the kernel's own answer */
	if (maj > 5 || (maj == 5 && min >= 10))
		return 1;
	if (maj == 5 && ((min == 4 && pat >= 85) || (min == 9 && pat >= 16)))
		return 1;
	return 0;
}

/* The interrupted instruction pointer in a signal handler's ucontext, and
 * the setter the breakpoint protocol's trap handler moves it back with. */
#define lazymb_arch_ucontext_ip lazymb_arch_ucontext_ip
static inline uintptr_t lazymb_arch_ucontext_ip(const void *uc)
{
	return (uintptr_t)((const ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP];
}

static inline void lazymb_arch_ucontext_set_ip(void *uc, uintptr_t ip)
{
	((ucontext_t *)uc)->uc_mcontext.gregs[REG_RIP] = (greg_t)ip;
}

#endif /* LAZYMB_ARCH_X86_64_H */
