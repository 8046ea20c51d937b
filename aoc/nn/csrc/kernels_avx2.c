/* kernels_avx2.c: the AVX2+FMA instance of kernels_simd.h, 4 doubles a lane, masked tails;
 * compiled per function with target("avx2,fma") so the module still loads on any x86-64. */
#if defined(__x86_64__)
#include <immintrin.h>
#include <math.h>
#include <stdint.h>
#include "kernels.h"

#define TARGET __attribute__((target("avx2,fma")))
#define KNAME(op, part) nn_##op##part##_f64_avx2
#define NN_TABLE nn_kernels_avx2
#define NN_ISA_NAME "avx2"

#define V __m256d
#define W 4
#define ZERO _mm256_setzero_pd()
#define ONE _mm256_set1_pd(1.0)
#define HALF _mm256_set1_pd(0.5)
#define SET1(v) _mm256_set1_pd(v)
#define LOAD(p) _mm256_loadu_pd(p)
#define STORE(p, v) _mm256_storeu_pd((p), (v))
#define LOADN(p, r) _mm256_maskload_pd((p), KNAME(mask, )(r))
#define STREAM(p, v) _mm256_stream_pd((p), (v))
#define STREAM_FENCE() _mm_sfence() /* streamed stores are weakly ordered */
#define STOREN(p, v, r) _mm256_maskstore_pd((p), KNAME(mask, )(r), (v))
#define KEEPN(v, r) _mm256_and_pd((v), _mm256_castsi256_pd(KNAME(mask, )(r)))
#define HSUM(v) KNAME(hsum, )(v)

#define ADD(p, q) _mm256_add_pd((p), (q))
#define SUB(p, q) _mm256_sub_pd((p), (q))
#define MUL(p, q) _mm256_mul_pd((p), (q))
#define DIV(p, q) _mm256_div_pd((p), (q))
#define MADD(p, q, c) _mm256_fmadd_pd((p), (q), (c))
#define MAX(p, q) _mm256_max_pd((p), (q))
#define NEG(p) _mm256_xor_pd((p), _mm256_set1_pd(-0.0))
#define ABS(p) _mm256_andnot_pd(_mm256_set1_pd(-0.0), (p))
#define SQRT(p) _mm256_sqrt_pd(p)
#define GT0(p) _mm256_cmp_pd((p), ZERO, _CMP_GT_OQ)
#define LT0(p) _mm256_cmp_pd((p), ZERO, _CMP_LT_OQ)
#define IF_POS(p, v) _mm256_and_pd(GT0(p), (v))
#define IS0(p) _mm256_cmp_pd((p), ZERO, _CMP_EQ_OQ)
#define GE0(p) _mm256_cmp_pd((p), ZERO, _CMP_GE_OQ)
#define BOTH(m, k) _mm256_and_pd((m), (k))
#define UNLESS(m, v) _mm256_andnot_pd((m), (v))
#define IF_NAN(p, v) _mm256_blendv_pd((v), (p), _mm256_cmp_pd((p), (p), _CMP_UNORD_Q))
#define SIGN(p) _mm256_sub_pd(_mm256_and_pd(GT0(p), ONE), _mm256_and_pd(LT0(p), ONE))

/* Lanes i < r are all-ones: the mask for a tail of r < 4 elements. */
TARGET static inline __m256i KNAME(mask, )(size_t r)
{
    return _mm256_cmpgt_epi64(_mm256_set1_epi64x((long long)r), _mm256_setr_epi64x(0, 1, 2, 3));
}

TARGET static inline double KNAME(hsum, )(__m256d v)
{
    __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}

/* y[0..3] += the lane sums of a, b, c and d. */
TARGET static inline void KNAME(hsum4_add, )(double *y, __m256d a, __m256d b, __m256d c, __m256d d)
{
    const __m256d ab = _mm256_hadd_pd(a, b), cd = _mm256_hadd_pd(c, d);
    const __m256d lo = _mm256_permute2f128_pd(ab, cd, 0x20), hi = _mm256_permute2f128_pd(ab, cd, 0x31);
    _mm256_storeu_pd(y, _mm256_add_pd(_mm256_loadu_pd(y), _mm256_add_pd(lo, hi)));
}
#define HSUM4_ADD(y, a, b, c, d) KNAME(hsum4_add, )((y), (a), (b), (c), (d))

#if defined(NN_LIBMVEC)
/* glibc's vector math library: AVX2 variants, within 4 ulp of libm. */
#pragma GCC push_options
#pragma GCC target("avx2,fma")
__m256d _ZGVdN4v_exp(__m256d);
__m256d _ZGVdN4v_log(__m256d);
__m256d _ZGVdN4v_tanh(__m256d);
__m256d _ZGVdN4vv_pow(__m256d, __m256d);
#pragma GCC pop_options
#define EXP(p) _ZGVdN4v_exp(p)
#define LOG(p) _ZGVdN4v_log(p)
#define TANH(p) _ZGVdN4v_tanh(p)
#define POW(p, q) _ZGVdN4vv_pow((p), (q))
#else
#include "kernels_lanes.h"
#endif

#include "kernels_simd.h"
#endif
