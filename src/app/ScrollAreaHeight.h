#pragma once

#include <QObject>

class QScrollArea;

// Keeps a scroll area that scrolls up and down no taller than its contents at its width, so that
// where the window has room it shows them whole and leaves the rest to its neighbours, and where
// the window is short it scrolls them. (Its own size hint is measured once and does not follow
// text that wraps or changes.)
class ScrollAreaHeight : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollAreaHeight)

public:
    static void install(QScrollArea *area);
    ~ScrollAreaHeight() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ScrollAreaHeight(QScrollArea *area);
    void update();

    QScrollArea *m_area;
    QObject *m_contents; // remembered, as in ScrollAreaWidth
};
