/* run.c: running a Program: forward, backward, whole solver loops and Hessian-vector products,
 * each releasing the GIL while C works (one thread per program) and honouring Ctrl-C. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "hvp.h"
#include "program.h"
#include "solvers.h"

/* Runs pass over the tape, without the GIL when the program is big enough to be worth it. */
#define WITHOUT_GIL(self, pass)                                                            \
    do {                                                                                   \
        if ((self)->release) {                                                             \
            Py_BEGIN_ALLOW_THREADS pass;                                                   \
            Py_END_ALLOW_THREADS                                                           \
        } else {                                                                           \
            pass;                                                                          \
        }                                                                                  \
    } while (0)

static const nn_slot *output(const nn_program *self)
{
    return &self->tape.slot[self->tape.out];
}

/* NNError for a NaN or inf loss, naming the first non-finite node when the graph layer (a
 * subclass's _nonfinite method) can tell. */
static PyObject *nonfinite_loss(nn_program *self, double v)
{
    const char *what = isnan(v) ? "nan" : v > 0 ? "inf" : "-inf";
    PyObject *node = PyObject_CallMethod((PyObject *)self, "_nonfinite", NULL);
    if (!node) {
        PyErr_Clear();
        return PyErr_Format(nn_NNError, "the loss is %s: a NaN or inf reached the output", what);
    }
    PyErr_Format(nn_NNError, "the loss is %s: a NaN or inf reached the output; first "
                             "non-finite node: %R", what, node);
    Py_DECREF(node);
    return NULL;
}

/* The 32-bit halves of x's words, each mixed with its position and then scrambled (xor-shift,
 * multiply, xor-shift: not linear in the bits, so no set of changes cancels out as two flipped
 * signs do in a plain sum), added up in 64 bits. 32-bit lanes, because AVX2 multiplies those in
 * one instruction (an AVX2 clone is chosen at load time where the CPU has it): one pass at memory
 * speed. */
#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target_clones("avx2", "default")))
#endif
static uint64_t fingerprint(const double *x, size_t n)
{
    const uint32_t step = 0x9E3779B9u; /* 2^32 / golden ratio: positions spread out */
    uint64_t sum = 0;
    uint32_t at = step;
    for (size_t i = 0; i < 2 * n; i++, at += step) {
        uint32_t w;
        memcpy(&w, (const char *)x + 4 * i, sizeof w);
        w ^= at;
        w = (w ^ (w >> 16)) * 0x7FEB352Du;
        sum += w ^ (w >> 15);
    }
    return sum;
}

/* Fingerprints of the shared leaves, taken when backward can follow (a parameter reaches the
 * output): backward() refuses to run if the caller has written one since. */
static void take_prints(nn_program *self)
{
    for (size_t i = 0; self->nparam && i < self->nshared; i++) {
        const nn_slot *s = &self->tape.slot[self->shared[i]];
        self->print[i] = fingerprint(s->val, nn_slot_size(s));
    }
}

PyObject *nn_program_forward(nn_program *self, PyObject *unused)
{
    (void)unused;
    if (nn_program_enter(self) < 0)
        return NULL;
    WITHOUT_GIL(self, take_prints(self); nn_tape_forward(&self->tape));
    self->busy = 0;
    self->state = NN_FORWARDED;
    if (nn_slot_size(output(self)) == 1 && !isfinite(output(self)->val[0]))
        return nonfinite_loss(self, output(self)->val[0]);
    if (self->out_shape.ndim == 0)
        return PyFloat_FromDouble(output(self)->val[0]);
    return Py_NewRef(self->shown);
}

static int same_shape(const nn_shape *a, const nn_shape *b)
{
    return a->ndim == b->ndim && (a->ndim < 1 || a->dim[0] == b->dim[0]) &&
           (a->ndim < 2 || a->dim[1] == b->dim[1]);
}

/* Whether a shared leaf differs from what the last forward() read. */
static int shared_written(const nn_program *self)
{
    for (size_t i = 0; i < self->nshared; i++) {
        const nn_slot *s = &self->tape.slot[self->shared[i]];
        if (fingerprint(s->val, nn_slot_size(s)) != self->print[i])
            return 1;
    }
    return 0;
}

/* Why backward cannot run now, or NULL when it can. */
static const char *not_ready(const nn_program *self)
{
    const nn_slot *y = output(self);
    if (self->state == NN_FRESH)
        return "backward() before forward(): run forward() first";
    if (self->state == NN_STALE)
        return "backward() before forward(): a leaf was written after the last forward(), "
               "so backward() would mix two points; run forward() again";
    if (!y->grad)
        return "no parameter reaches the output, so there is no gradient to compute";
    if (nn_slot_size(y) == 1 && !isfinite(y->val[0]))
        return "cannot differentiate a NaN or inf loss";
    return NULL;
}

/* The seed: 1 for a one-element output, else an array of exactly the output's shape. */
static int get_seed(const nn_program *self, PyObject *const *args, Py_ssize_t nargs,
                    nn_input *seed)
{
    const size_t n = nn_slot_size(output(self));
    if (nargs < 1 || args[0] == Py_None) {
        if (n == 1)
            return 0;
        PyErr_Format(nn_NNError, "the output has %zu elements: pass a seed gradient of its "
                                 "shape, or reduce it with nn.sum", n);
        return -1;
    }
    if (nn_input_get(args[0], seed) < 0)
        return -1;
    if (same_shape(&seed->shape, &self->out_shape))
        return 0;
    PyObject *want = nn_shape_tuple(&self->out_shape), *got = nn_shape_tuple(&seed->shape);
    if (want && got)
        PyErr_Format(nn_NNError, "the seed has shape %S, the output %S", got, want);
    Py_XDECREF(want);
    Py_XDECREF(got);
    nn_input_release(seed);
    return -1;
}

PyObject *nn_program_backward(nn_program *self, PyObject *const *args, Py_ssize_t nargs)
{
    const nn_slot *y = output(self);
    nn_input seed = {0};
    const char *why = not_ready(self);
    if (why)
        return PyErr_Format(nn_NNError, "%s", why);
    if (get_seed(self, args, nargs, &seed) < 0 || nn_program_enter(self) < 0) {
        nn_input_release(&seed);
        return NULL;
    }
    int written = 0;
    WITHOUT_GIL(self, written = shared_written(self));
    if (written) {
        self->busy = 0;
        nn_input_release(&seed);
        return PyErr_Format(nn_NNError, "backward() after a constant sharing your array was "
                                        "written: the gradient would mix the values forward() "
                                        "read with the new ones; run forward() again");
    }
    nn_tape_zero_grad(&self->tape);
    for (size_t i = 0; i < nn_slot_size(y); i++)
        y->grad[i] = seed.data ? seed.data[i] : 1.0;
    nn_input_release(&seed);
    WITHOUT_GIL(self, nn_tape_backward(&self->tape));
    self->busy = 0;
    self->state = NN_BACKWARDED;
    Py_RETURN_NONE;
}

/* What a minimize loop needs back from C: the callback, and the GIL to check for signals. */
typedef struct {
    PyObject *callback;
    PyThreadState *saved; /* non-NULL while the GIL is released */
} loop;

static int call_back(void *ctx, size_t step, double loss)
{
    PyObject *r = PyObject_CallFunction(((loop *)ctx)->callback, "nd", (Py_ssize_t)step, loss);
    if (!r)
        return -1;
    const int stop = PyObject_IsTrue(r);
    Py_DECREF(r);
    return stop;
}

/* Ctrl-C: the GIL back for a moment to run Python's signal handlers (KeyboardInterrupt). */
static int check_signals(void *ctx)
{
    loop *l = ctx;
    if (l->saved)
        PyEval_RestoreThread(l->saved);
    const int rc = PyErr_CheckSignals();
    if (l->saved)
        l->saved = PyEval_SaveThread();
    return rc;
}

static PyObject *minimize_error(int status, long step)
{
    if (status == NN_NONFINITE)
        return PyErr_Format(nn_NNError, "the loss or its gradient became NaN or inf at step %ld",
                            step);
    if (status == NN_SINGULAR)
        return PyErr_Format(nn_NNError, "step %ld: the curvature matrix stayed singular even "
                                        "with damping", step);
    if (status == NN_NOMEM)
        return PyErr_NoMemory();
    return NULL; /* NN_CALLBACK: the callback's or the signal handler's error is set */
}

/* The history's first `done` entries as a new aligned array. */
static PyObject *history_array(const nn_history *hist, long done)
{
    double *h;
    const nn_shape shape = {1, {done, 1}};
    PyObject *array = nn_array_new(&shape, &h, 0);
    if (array && done)
        memcpy(h, hist->loss, (size_t)done * sizeof(double));
    return array;
}

static PyObject *run_loop(nn_program *self, const nn_solver *s, nn_run *run, loop *l,
                          int residual)
{
    nn_history hist = {0};
    int status;
    PyObject *result = NULL;
    const nn_problem pb = {&self->tape, self->param, self->nparam, self->dim, residual};
    if (nn_program_enter(self) < 0)
        return NULL;
    if (!l->callback)
        l->saved = PyEval_SaveThread();
    const long done = nn_minimize(&pb, s, run, &hist, &status);
    take_prints(self); /* the constants its last step read */
    if (l->saved)
        PyEval_RestoreThread(l->saved);
    self->busy = 0;
    self->state = NN_BACKWARDED;
    if (status != NN_OK)
        minimize_error(status, done);
    else
        result = Py_BuildValue("Nl", history_array(&hist, done), done); /* N steals the array */
    free(hist.loss);
    return result;
}

/* minimize(kind, lr, momentum, beta1, beta2, eps, alpha, damping, tol, steps, every, callback,
 * residual) -> (history array, steps taken). */
PyObject *nn_program_minimize(nn_program *self, PyObject *args)
{
    nn_solver s;
    nn_run run = {0};
    loop l = {NULL, NULL};
    PyObject *cb;
    Py_ssize_t steps, every;
    int residual;
    if (!PyArg_ParseTuple(args, "iddddddddnnOp", &s.kind, &s.lr, &s.momentum, &s.beta1,
                          &s.beta2, &s.eps, &s.alpha, &s.damping, &run.tol, &steps, &every, &cb,
                          &residual))
        return NULL;
    if (steps < 0 || s.kind < 0 || s.kind >= NN_NSOLVERS)
        return PyErr_Format(nn_NNError, "steps must be >= 0 and the solver known");
    if (!output(self)->grad)
        return PyErr_Format(nn_NNError, "no parameter reaches the output: nothing to minimize");
    if (!residual && nn_slot_size(output(self)) != 1)
        return PyErr_Format(nn_NNError, "a loss has one element; minimize a longer output as a "
                                        "residual vector");
    run.steps = (size_t)steps;
    run.every = every > 0 ? (size_t)every : 0;
    l.callback = cb == Py_None ? NULL : cb;
    run.callback = l.callback ? call_back : NULL;
    run.poll = check_signals;
    run.ctx = &l;
    return run_loop(self, &s, &run, &l, residual);
}

/* hvp(v): H v for the loss (½|r|² for a non-scalar output), v flat over the parameters. */
PyObject *nn_program_hvp(nn_program *self, PyObject *arg)
{
    nn_input v = {0};
    double *out, *work;
    const int residual = self->out_shape.ndim != 0;
    const nn_problem pb = {&self->tape, self->param, self->nparam, self->dim, residual};
    if (!output(self)->grad)
        return PyErr_Format(nn_NNError, "no parameter reaches the output: no Hessian");
    if (nn_input_get(arg, &v) < 0)
        return NULL;
    const nn_shape shape = {1, {(Py_ssize_t)self->dim, 1}};
    PyObject *result = NULL;
    if (nn_shape_size(&v.shape) != (Py_ssize_t)self->dim) {
        PyErr_Format(nn_NNError, "v has %zd entries, the parameters %zu",
                     nn_shape_size(&v.shape), self->dim);
    } else if (!(work = nn_alloc(nn_hvp_work(&pb), 1))) {
        PyErr_NoMemory();
    } else {
        if ((result = nn_array_new(&shape, &out, 0)) && nn_program_enter(self) == 0) {
            WITHOUT_GIL(self, nn_hvp(&pb, v.data, out, work));
            self->busy = 0;
        } else {
            Py_CLEAR(result);
        }
        nn_free(work);
    }
    nn_input_release(&v);
    return result;
}
