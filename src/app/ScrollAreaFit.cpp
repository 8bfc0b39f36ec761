#include "ScrollAreaFit.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

void ScrollAreaFit::fitWidth(QScrollArea *area)
{
    Q_ASSERT(area && area->widget());
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    new ScrollAreaFit(area, Direction::Width);
}

void ScrollAreaFit::fitHeight(QScrollArea *area)
{
    Q_ASSERT(area && area->widget() && area->widgetResizable());
    new ScrollAreaFit(area, Direction::Height);
}

ScrollAreaFit::ScrollAreaFit(QScrollArea *area, Direction direction)
    : QObject(area)
    , m_area(area)
    , m_contents(area->widget())
    , m_direction(direction)
{
    // Measured when first polished, just before the window's layout asks for it, and not while
    // the window is being built.
    m_contents->installEventFilter(this);
    if (m_direction == Direction::Height)
        m_area->installEventFilter(this);
}

ScrollAreaFit::~ScrollAreaFit() = default;

bool ScrollAreaFit::eventFilter(QObject *watched, QEvent *event)
{
    const bool contentsChanged = watched == m_contents
        && (event->type() == QEvent::Polish || event->type() == QEvent::LayoutRequest);
    const bool areaResized = watched == m_area && event->type() == QEvent::Resize;
    if (contentsChanged || areaResized)
        update();
    return QObject::eventFilter(watched, event);
}

void ScrollAreaFit::update()
{
    const QWidget *contents = m_area->widget();
    const int frame = 2 * m_area->frameWidth();
    if (m_direction == Direction::Width) {
        m_area->setMinimumWidth(contents->minimumSizeHint().width()
                                + m_area->verticalScrollBar()->sizeHint().width() + frame);
        return;
    }
    const int width = m_area->viewport()->width();
    const int needed = contents->hasHeightForWidth() ? contents->heightForWidth(width)
                                                     : contents->sizeHint().height();
    if (m_area->maximumHeight() != needed + frame)
        m_area->setMaximumHeight(needed + frame);
}
