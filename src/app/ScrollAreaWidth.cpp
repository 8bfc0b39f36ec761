#include "ScrollAreaWidth.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

void ScrollAreaWidth::install(QScrollArea *area)
{
    Q_ASSERT(area && area->widget());
    new ScrollAreaWidth(area);
}

ScrollAreaWidth::ScrollAreaWidth(QScrollArea *area)
    : QObject(area)
    , m_area(area)
    , m_contents(area->widget())
{
    m_area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Measured when first polished, just before the window's layout asks for it, and not while
    // the window is being built.
    m_contents->installEventFilter(this);
}

ScrollAreaWidth::~ScrollAreaWidth() = default;

bool ScrollAreaWidth::eventFilter(QObject *watched, QEvent *event)
{
    // After that, a change of text or of what is shown asks the contents' layout again.
    if (watched == m_contents
        && (event->type() == QEvent::Polish || event->type() == QEvent::LayoutRequest))
        update();
    return QObject::eventFilter(watched, event);
}

void ScrollAreaWidth::update()
{
    m_area->setMinimumWidth(m_area->widget()->minimumSizeHint().width()
                            + m_area->verticalScrollBar()->sizeHint().width()
                            + 2 * m_area->frameWidth());
}
