#pragma once

#include <QObject>

class QScrollArea;

// Keeps a scroll area that scrolls up and down sized to its contents in one direction:
// - fitWidth: as wide as its contents need (the horizontal scroll bar off), so that a short
//   window scrolls them instead of growing, and a narrow one never clips them at the right;
// - fitHeight: no taller than its contents at its width, so that where the window has room it
//   shows them whole and leaves the rest to its neighbours, and where it is short it scrolls.
// Each follows its contents when their layout changes (text, what is shown) and, for the
// height, when the area's width changes.
class ScrollAreaFit : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollAreaFit)

public:
    static void fitWidth(QScrollArea *area);
    static void fitHeight(QScrollArea *area);
    ~ScrollAreaFit() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Direction { Width, Height };
    ScrollAreaFit(QScrollArea *area, Direction direction);
    void update();

    QScrollArea *m_area;
    // The area's widget, remembered: the filter also sees its events while the area is being
    // destroyed, when the area can no longer be asked for it.
    QObject *m_contents;
    Direction m_direction;
};
