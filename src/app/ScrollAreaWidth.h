#pragma once

#include <QObject>

class QScrollArea;

// Keeps a scroll area that scrolls up and down as wide as its contents need, so that a short
// window scrolls them instead of growing, and a narrow one never clips them at the right.
class ScrollAreaWidth : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollAreaWidth)

public:
    // Turns the area's horizontal scroll bar off and follows the minimum width of its widget.
    static void install(QScrollArea *area);
    ~ScrollAreaWidth() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ScrollAreaWidth(QScrollArea *area);
    void update();

    QScrollArea *m_area;
    // The area's widget, remembered: the filter also sees its events while the area is being
    // destroyed, when the area can no longer be asked for it.
    QObject *m_contents;
};
