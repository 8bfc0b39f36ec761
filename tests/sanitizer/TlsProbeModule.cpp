// A module whose thread-local block lives in dynamic TLS: loaded with dlopen, its block is
// allocated with malloc on each thread's first access (__tls_get_addr). A block this small gets
// ASan's smallest redzone, which puts it 16 bytes into a page: where GCC 12's sanitizer runtime
// expects the header of a pre-2.25 glibc and reads two words before the block as its bounds.
namespace {
thread_local char block[16];
}

extern "C" __attribute__((visibility("default"))) char *verifydeskTouchTls()
{
    block[0] = 1;
    return block;
}
