// SPDX-License-Identifier: LGPL-2.1-or-later
// SPDX-FileCopyrightText: 2026 The lazymb authors

/*
 * lazymb from C++: the fences, RCU with the read side inlined (its atomics
 * are std::atomic here), call_rcu, rcu_barrier and the JIT API, and the
 * public structs laid out as in C (tests/cxx_layout.c). Exits 0 on success,
 * 1 on any failure; it never skips (a machine without a code region only
 * skips the JIT calls, and says so).
 */
#include <lazymb/lazymb.h>

#include <atomic>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <thread>
#include <vector>

extern "C" {
extern const size_t lz_c_layout[];
extern const size_t lz_c_layout_n;
}

static std::atomic<int> failures{0};
#define CHECK(cond)                                                               \
	do {                                                                      \
		if (!(cond)) {                                                    \
			std::fprintf(stderr, "FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); \
			failures++;                                               \
		}                                                                 \
	} while (0)

static void check_layout()
{
	const size_t cxx[] = {
		sizeof(struct lazymb_rcu_reader),
		alignof(struct lazymb_rcu_reader),
		offsetof(struct lazymb_rcu_reader, ctr),
		offsetof(struct lazymb_rcu_reader, domain),
		offsetof(struct lazymb_rcu_reader, gp),
		offsetof(struct lazymb_rcu_reader, waiters),
		offsetof(struct lazymb_rcu_reader, next_in_thread),
		offsetof(struct lazymb_rcu_reader, reg),
		sizeof(struct lazymb_rcu_tls),
		offsetof(struct lazymb_rcu_tls, last),
		sizeof(struct lazymb_rcu_head),
		sizeof(struct lazymb_rcu_stats),
		sizeof(struct lazymb_stats),
		sizeof(struct lazymb_patch),
		sizeof(enum lazymb_op),
	};
	CHECK(lz_c_layout_n == sizeof(cxx) / sizeof(cxx[0]));
	for (size_t i = 0; i < lz_c_layout_n && i < sizeof(cxx) / sizeof(cxx[0]); i++) {
		if (lz_c_layout[i] != cxx[i])
			std::fprintf(stderr, "layout entry %zu: C %zu, C++ %zu\n", i, lz_c_layout[i], cxx[i]);
		CHECK(lz_c_layout[i] == cxx[i]);
	}
}

/* Fences: a message passed with a light fence on one side, a heavy on the other. */
static void check_fences()
{
	CHECK(lazymb_init() == 0);
	lazymb_fence_light();
	lazymb_fence_heavy();
	int r = lazymb_try_fence_heavy();
	CHECK(r == 0 || r == -EBUSY);
	struct lazymb_stats st;
	CHECK(lazymb_get_stats(&st) == 0);
	CHECK(st.heavy_requested >= 2);
}

/* RCU: a config read by threads and replaced by the main thread, the old
 * one freed by call_rcu. */
struct config {
	struct lazymb_rcu_head head;
	int a, b; /* always a + b == 100 */
};

static struct config *cur;
static std::atomic<int> freed{0};
static std::atomic<bool> stop{false};

static void free_config(struct lazymb_rcu_head *h)
{
	struct config *c = reinterpret_cast<struct config *>(
		reinterpret_cast<char *>(h) - offsetof(struct config, head));
	c->a = c->b = -1; /* a reader still seeing it would fail */
	delete c;
	freed.fetch_add(1, std::memory_order_relaxed);
}

static void check_rcu()
{
	std::atomic<int> bad{0};
	std::atomic<long> reads{0};
	std::atomic<int> started{0};

	struct config *first = new config{{nullptr, nullptr}, 50, 50};
	lazymb_rcu_assign_pointer(cur, first);
	std::vector<std::thread> readers;
	for (int i = 0; i < 2; i++)
		readers.emplace_back([&] {
			long n = 0;
			while (!stop.load(std::memory_order_relaxed)) {
				lazymb_rcu_read_lock();
				CHECK(lazymb_rcu_read_ongoing());
				struct config *c = lazymb_rcu_dereference(cur);
				if (c->a + c->b != 100)
					bad.fetch_add(1, std::memory_order_relaxed);
				lazymb_rcu_read_unlock();
				if (n++ == 0)
					started.fetch_add(1, std::memory_order_relaxed);
			}
			reads.fetch_add(n, std::memory_order_relaxed);
			lazymb_rcu_unregister_thread();
		});
	while (started.load(std::memory_order_relaxed) < 2) /* updates meet readers */
		std::this_thread::yield();
	for (int i = 1; i <= 200; i++) {
		struct config *n = new config{{nullptr, nullptr}, i % 100, 100 - i % 100};
		struct config *old = lazymb_rcu_xchg_pointer(&cur, n);
		lazymb_rcu_call(&old->head, free_config);
		if (i % 50 == 0)
			CHECK(lazymb_rcu_synchronize() == 0);
	}
	stop.store(true, std::memory_order_relaxed);
	for (auto &t : readers)
		t.join();
	CHECK(lazymb_rcu_barrier() == 0);
	CHECK(freed.load() == 200);
	CHECK(bad.load() == 0);
	CHECK(!lazymb_rcu_read_ongoing());
	delete cur;

	/* A domain of its own, read through the _in variants. */
	struct lazymb_rcu *d = lazymb_rcu_create();
	CHECK(d != nullptr);
	if (d) {
		lazymb_rcu_read_lock_in(d);
		lazymb_rcu_read_lock_in(d);
		CHECK(lazymb_rcu_read_ongoing_in(d));
		lazymb_rcu_read_unlock_in(d);
		lazymb_rcu_read_unlock_in(d);
		CHECK(!lazymb_rcu_read_ongoing_in(d));
		CHECK(lazymb_rcu_synchronize_in(d) == 0);
		CHECK(lazymb_rcu_unregister_thread_in(d) == 0);
		CHECK(lazymb_rcu_destroy(d) == 0);
	}
	std::printf("cxx_smoke: rcu: %ld reads, 200 updates, %d callbacks\n", reads.load(), freed.load());
}

/* JIT: a function returning 42, created, published, called, patched to 7. */
static void check_jit()
{
	struct lazymb_code *code;
	int r = lazymb_code_create(&code, 4096);

	if (r == -EACCES || r == -ENOSYS) {
		std::printf("cxx_smoke: jit: no code region here (%s): API linked only\n", lazymb_strerror(r));
		return;
	}
	CHECK(r == 0);
	if (r)
		return;
	CHECK(lazymb_code_size(code) >= 4096);
#if defined(__x86_64__)
	/* mov eax, imm32 (the 5 bytes patched as one instruction); ret */
	static const unsigned char fn[] = {0xb8, 42, 0, 0, 0, 0xc3};
	static const unsigned char mov7[] = {0xb8, 7, 0, 0, 0};
	std::memcpy(lazymb_code_rw(code), fn, sizeof(fn));
	CHECK(lazymb_code_publish(code, 0, sizeof(fn)) == 0);
	int (*f)(void);
	void *rx = lazymb_code_rx(code);
	std::memcpy(&f, &rx, sizeof(f));
	CHECK(f() == 42);
	r = lazymb_patch(code, rx, mov7, sizeof(mov7));
	CHECK(r == 0);
	if (r == 0)
		CHECK(f() == 7);
	CHECK(lazymb_code_quiesce(code, 0, sizeof(fn)) == 0);
	std::printf("cxx_smoke: jit: published, called, patched\n");
#else
	CHECK(lazymb_code_publish(code, 0, 16) == 0);
	std::printf("cxx_smoke: jit: region published (no code generator for this arch)\n");
#endif
	CHECK(lazymb_code_destroy(code) == 0);
}

int main()
{
	check_layout();
	check_fences();
	check_rcu();
	check_jit();
	std::printf("cxx_smoke (C++ %ld): %s\n", static_cast<long>(__cplusplus), failures.load() ? "FAIL" : "ok");
	return failures.load() ? 1 : 0;
}
