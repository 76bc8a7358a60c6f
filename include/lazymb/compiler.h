// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * Attribute and barrier macros shared by the public headers. Nothing here
 * emits an instruction.
 */
#ifndef LAZYMB_COMPILER_H
#define LAZYMB_COMPILER_H

#if !defined(__GNUC__)
#error "lazymb needs GCC or Clang (GNU C extensions and inline asm)."
#endif

/* Marks a function or object exported from liblazymb.so. */
#define LAZYMB_API __attribute__((visibility("default")))

#define LAZYMB_LIKELY(x)   __builtin_expect(!!(x), 1)
#define LAZYMB_UNLIKELY(x) __builtin_expect(!!(x), 0)

/*
 * Compiler barrier: the compiler may not move memory accesses across it.
 * The CPU may. Used by lazymb_fence_light(), which relies on the heavy fence
 * for the CPU side.
 */
#define LAZYMB_COMPILER_BARRIER() __asm__ __volatile__("" ::: "memory")

#ifdef __cplusplus
#define LAZYMB_BEGIN_DECLS extern "C" {
#define LAZYMB_END_DECLS }
#else
#define LAZYMB_BEGIN_DECLS
#define LAZYMB_END_DECLS
#endif

#endif /* LAZYMB_COMPILER_H */
