#pragma once

#include "AppHarness.h"
#include "SandboxControl.h"
#include "verification/DrivenClock.h"
#include "verify/VerifyWizard.h"

// A verification wizard in a window of its own, sending through the in-process sandbox on a
// clock the test drives (in step with the sandbox's, which started at the wall clock's time):
// what the wizard's own tests share.
class WizardRig
{
public:
    WizardRig();
    Q_DISABLE_COPY_MOVE(WizardRig)

    // Shows the wizard and waits until it is exposed and active; false when it is not.
    bool show();
    // The PIN the sandbox sent last to `number`, and one that is surely not it.
    QString rightCode(const QString &number);
    QString wrongCode(const QString &number);

    // Destroyed in the reverse order: the wizard before the clock, the sandbox last.
    AppHarness harness;
    SandboxControl control;
    DrivenClock clock;
    VerifyWizard wizard;
};
