/* kernels_avx512.c: the AVX-512F instance of kernels_simd.h, 8 doubles a lane, masked tails;
 * compiled per function with target("avx512f") so the module still loads on any x86-64. */
#if defined(__x86_64__)
#include <immintrin.h>
#include <math.h>
#include <stdint.h>
#include "kernels.h"

#define TARGET __attribute__((target("avx512f,avx2,fma")))
#define KNAME(op, part) nn_##op##part##_f64_avx512
#define NN_TABLE nn_kernels_avx512
#define NN_ISA_NAME "avx512"

#define V __m512d
#define W 8
#define ZERO _mm512_setzero_pd()
#define ONE _mm512_set1_pd(1.0)
#define HALF _mm512_set1_pd(0.5)
#define SET1(v) _mm512_set1_pd(v)
#define MASK(r) ((__mmask8)((1u << (r)) - 1u))
#define LOAD(p) _mm512_loadu_pd(p)
#define STORE(p, v) _mm512_storeu_pd((p), (v))
#define LOADN(p, r) _mm512_maskz_loadu_pd(MASK(r), (p))
#define STREAM(p, v) _mm512_stream_pd((p), (v))
#define STREAM_FENCE() _mm_sfence() /* streamed stores are weakly ordered */
#define STOREN(p, v, r) _mm512_mask_storeu_pd((p), MASK(r), (v))
#define KEEPN(v, r) _mm512_maskz_mov_pd(MASK(r), (v))
#define HSUM(v) _mm512_reduce_add_pd(v)

#define ADD(p, q) _mm512_add_pd((p), (q))
#define SUB(p, q) _mm512_sub_pd((p), (q))
#define MUL(p, q) _mm512_mul_pd((p), (q))
#define DIV(p, q) _mm512_div_pd((p), (q))
#define MADD(p, q, c) _mm512_fmadd_pd((p), (q), (c))
#define MAX(p, q) _mm512_max_pd((p), (q))
#define NEG(p) SUB(_mm512_set1_pd(-0.0), (p))
#define ABS(p) _mm512_abs_pd(p)
#define SQRT(p) _mm512_sqrt_pd(p)
#define GT0(p) _mm512_cmp_pd_mask((p), ZERO, _CMP_GT_OQ)
#define LT0(p) _mm512_cmp_pd_mask((p), ZERO, _CMP_LT_OQ)
#define IF_POS(p, v) _mm512_maskz_mov_pd(GT0(p), (v))
#define IS0(p) _mm512_cmp_pd_mask((p), ZERO, _CMP_EQ_OQ)
#define GE0(p) _mm512_cmp_pd_mask((p), ZERO, _CMP_GE_OQ)
#define BOTH(m, k) ((__mmask8)((m) & (k)))
#define UNLESS(m, v) _mm512_maskz_mov_pd((__mmask8)~(m), (v))
#define IF_NAN(p, v) _mm512_mask_mov_pd((v), _mm512_cmp_pd_mask((p), (p), _CMP_UNORD_Q), (p))
#define SIGN(p) SUB(_mm512_maskz_mov_pd(GT0(p), ONE), _mm512_maskz_mov_pd(LT0(p), ONE))

/* y[0..3] += the lane sums of a, b, c and d: halves added, then four sums at once. */
TARGET static inline __m256d KNAME(halves, )(__m512d v)
{
    return _mm256_add_pd(_mm512_castpd512_pd256(v), _mm512_extractf64x4_pd(v, 1));
}

TARGET static inline void KNAME(hsum4_add, )(double *y, __m512d a, __m512d b, __m512d c, __m512d d)
{
    const __m256d ab = _mm256_hadd_pd(KNAME(halves, )(a), KNAME(halves, )(b));
    const __m256d cd = _mm256_hadd_pd(KNAME(halves, )(c), KNAME(halves, )(d));
    const __m256d lo = _mm256_permute2f128_pd(ab, cd, 0x20), hi = _mm256_permute2f128_pd(ab, cd, 0x31);
    _mm256_storeu_pd(y, _mm256_add_pd(_mm256_loadu_pd(y), _mm256_add_pd(lo, hi)));
}
#define HSUM4_ADD(y, a, b, c, d) KNAME(hsum4_add, )((y), (a), (b), (c), (d))

#if defined(NN_LIBMVEC)
/* glibc's vector math library: AVX-512 variants, within 4 ulp of libm. */
#pragma GCC push_options
#pragma GCC target("avx512f")
__m512d _ZGVeN8v_exp(__m512d);
__m512d _ZGVeN8v_log(__m512d);
__m512d _ZGVeN8v_tanh(__m512d);
__m512d _ZGVeN8vv_pow(__m512d, __m512d);
#pragma GCC pop_options
#define EXP(p) _ZGVeN8v_exp(p)
#define LOG(p) _ZGVeN8v_log(p)
#define TANH(p) _ZGVeN8v_tanh(p)
#define POW(p, q) _ZGVeN8vv_pow((p), (q))
#else
#include "kernels_lanes.h"
#endif

#include "kernels_simd.h"
#endif
