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

/*
 * Atomics in the public headers' inline code and structs: C11 _Atomic in C,
 * std::atomic in C++ (<atomic>, included by rcu.h). For the types used here
 * (uint64_t, int, pointers) both have the size and alignment of the plain
 * type and are lock-free, so a struct has one layout and one C ABI in both
 * languages; rcu.h checks this at compile time in C++. The memory order is
 * written without its prefix (LAZYMB__LOAD(p, acquire)), and in C each
 * macro expands to exactly the C11 call it stands for, so C code compiles
 * to the same instructions as with the calls written out. Private.
 */
#ifdef __cplusplus
#define LAZYMB__ATOMIC(T) std::atomic<T>
#define LAZYMB__LOAD(p, mo) std::atomic_load_explicit((p), std::memory_order_##mo)
#define LAZYMB__STORE(p, v, mo) std::atomic_store_explicit((p), (v), std::memory_order_##mo)
#define LAZYMB__XCHG(p, v, mo) std::atomic_exchange_explicit((p), (v), std::memory_order_##mo)
/* The plain object @x (an lvalue) accessed as an atomic one. */
#define LAZYMB__AS_ATOMIC(x) reinterpret_cast<std::atomic<__typeof__(x)> *>(&(x))
#else
#define LAZYMB__ATOMIC(T) _Atomic(T)
#define LAZYMB__LOAD(p, mo) atomic_load_explicit((p), memory_order_##mo)
#define LAZYMB__STORE(p, v, mo) atomic_store_explicit((p), (v), memory_order_##mo)
#define LAZYMB__XCHG(p, v, mo) atomic_exchange_explicit((p), (v), memory_order_##mo)
#define LAZYMB__AS_ATOMIC(x) ((__typeof__(x) _Atomic *)&(x))
#endif

#ifdef __cplusplus
#define LAZYMB_BEGIN_DECLS extern "C" {
#define LAZYMB_END_DECLS }
#else
#define LAZYMB_BEGIN_DECLS
#define LAZYMB_END_DECLS
#endif

#endif /* LAZYMB_COMPILER_H */
