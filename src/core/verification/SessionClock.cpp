#include "SessionClock.h"

SessionClock::SessionClock(QObject *parent)
    : QObject(parent)
{ }

SessionClock::~SessionClock() = default;
