#pragma once

#include <QIcon>
#include <QWidget>

#include <memory>

class Verification;

namespace Ui {
class ResultStep;
}

// Step 3 of one verification: how it ended (verified, failed, cancelled, expired), for which
// number and request, at what price and after how long.
class ResultStep : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultStep)

public:
    explicit ResultStep(const Verification *verification, QWidget *parent = nullptr);
    ~ResultStep() override;

    void focusNewButton();

Q_SIGNALS:
    void newRequested();
    void sameNumberRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResultIcon();

    const std::unique_ptr<Ui::ResultStep> m_ui;
    QIcon m_resultIcon; // how it ended, drawn in the palette's colours
};
