// Checks that LeakSanitizer's exit-time check survives threads that hold dynamic TLS blocks,
// under the sanitizer options the tests run with (.ci/run). With GCC 12's runtime and its
// default intercept_tls_get_addr=1, the leak check's tracer reads a bogus range for such a block
// and crashes ("Tracer caught signal 11") at every run; with intercept_tls_get_addr=0 it does
// not. The app's tests hit the same at random, when Qt's plugins happen to get such a block.
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <pthread.h>
#include <unistd.h>

namespace {

using Touch = char *(*)();
Touch touch = nullptr;
pthread_barrier_t started;

void *holdTls(void *)
{
    touch();
    pthread_barrier_wait(&started);
    for (;;)
        pause(); // still alive when the leak check runs at exit
    return nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s MODULE THREADS\n", argv[0]);
        return 2;
    }
    void *module = dlopen(argv[1], RTLD_NOW);
    if (!module) {
        std::fprintf(stderr, "%s\n", dlerror());
        return 2;
    }
    touch = reinterpret_cast<Touch>(dlsym(module, "verifydeskTouchTls"));
    const int threads = std::atoi(argv[2]);
    if (!touch || threads < 1)
        return 2;
    pthread_barrier_init(&started, nullptr, static_cast<unsigned>(threads) + 1);
    for (int i = 0; i < threads; ++i) {
        pthread_t thread;
        if (pthread_create(&thread, nullptr, holdTls, nullptr) != 0)
            return 2;
    }
    pthread_barrier_wait(&started);
    std::printf("%d threads hold a dynamic TLS block; the leak check runs at exit\n", threads);
    return 0;
}
