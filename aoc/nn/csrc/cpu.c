/* cpu.c: CPUID + XGETBV -> which kernel tables this CPU and OS can run, and the table by name.
 * AVX counts only when the OS saves the YMM/ZMM registers (XGETBV), as pybase64 checks. */
#include <string.h>
#include "cpu.h"

#if defined(__x86_64__)
#include <cpuid.h>

static unsigned long long xgetbv0(void)
{
    unsigned int lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((unsigned long long)hi << 32) | lo;
}

static int probe(void)
{
    unsigned int a, b, c, d;
    int bits = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return 0;
    const int osxsave = (c >> 27) & 1, fma = (c >> 12) & 1, avx = (c >> 28) & 1;
    if (!osxsave || !avx || __get_cpuid_max(0, NULL) < 7)
        return 0;
    const unsigned long long xcr0 = xgetbv0();
    __cpuid_count(7, 0, a, b, c, d);
    if ((xcr0 & 0x6) == 0x6 && fma && ((b >> 5) & 1))
        bits |= NN_CPU_AVX2;
    if ((xcr0 & 0xe6) == 0xe6 && ((b >> 16) & 1) && (bits & NN_CPU_AVX2))
        bits |= NN_CPU_AVX512;
    return bits;
}
#else
static int probe(void)
{
    return 0;
}
#endif

int nn_cpu_features(void)
{
    static int bits = -1;
    if (bits < 0)
        bits = probe();
    return bits;
}

const nn_kernels *nn_kernels_named(const char *name)
{
    const int bits = nn_cpu_features();
    if (!strcmp(name, "scalar"))
        return &nn_kernels_scalar;
#if defined(__x86_64__)
    if (!strcmp(name, "avx2") && (bits & NN_CPU_AVX2))
        return &nn_kernels_avx2;
    if (!strcmp(name, "avx512") && (bits & NN_CPU_AVX512))
        return &nn_kernels_avx512;
#endif
    (void)bits;
    return NULL;
}

const nn_kernels *nn_kernels_best(void)
{
    const nn_kernels *k = nn_kernels_named("avx512");
    if (!k)
        k = nn_kernels_named("avx2");
    return k ? k : &nn_kernels_scalar;
}

const nn_kernels *nn_kernels_active = &nn_kernels_scalar;
