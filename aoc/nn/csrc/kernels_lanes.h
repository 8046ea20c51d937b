/* kernels_lanes.h: transcendental lane ops done one lane at a time through libm, for builds
 * without glibc's libmvec; included by a SIMD kernel file after it defines V, W, LOAD, STORE. */
TARGET static inline V KNAME(lanes1, )(V p, double (*f)(double))
{
    double t[W];
    STORE(t, p);
    for (int i = 0; i < W; i++)
        t[i] = f(t[i]);
    return LOAD(t);
}

TARGET static inline V KNAME(lanes2, )(V p, V q, double (*f)(double, double))
{
    double t[W], u[W];
    STORE(t, p);
    STORE(u, q);
    for (int i = 0; i < W; i++)
        t[i] = f(t[i], u[i]);
    return LOAD(t);
}

#define EXP(p) KNAME(lanes1, )((p), exp)
#define LOG(p) KNAME(lanes1, )((p), log)
#define TANH(p) KNAME(lanes1, )((p), tanh)
#define POW(p, q) KNAME(lanes2, )((p), (q), pow)
